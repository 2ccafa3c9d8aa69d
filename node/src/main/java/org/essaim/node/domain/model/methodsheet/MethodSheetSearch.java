// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.methodsheet;

import java.util.Optional;
import java.util.Set;
import org.essaim.node.domain.shared.Visibility;

/**
 * Which sheets to list, and in which order.
 *
 * @param visibilities only these levels (never empty)
 * @param states only these states (never empty)
 * @param step only sheets for this step of the method
 * @param theme this theme key or a narrower one ("food" finds "food.access")
 * @param text French full-text search on title, summary and body, accents ignored
 */
public record MethodSheetSearch(
    Set<Visibility> visibilities,
    Set<MethodSheetState> states,
    Optional<MethodStep> step,
    Optional<String> theme,
    Optional<String> text,
    Order order) {

  /** The orders a list may come in. */
  public enum Order {
    /** Most recently changed first (the default). */
    UPDATED_DESC,
    /** Newest first. */
    CREATED_DESC,
    /** By title, case ignored. */
    TITLE
  }

  public MethodSheetSearch {
    if (visibilities == null || visibilities.isEmpty()) {
      throw new IllegalArgumentException("at least one visibility");
    }
    if (states == null || states.isEmpty()) {
      throw new IllegalArgumentException("at least one state");
    }
    visibilities = Set.copyOf(visibilities);
    states = Set.copyOf(states);
    theme = theme.filter(t -> !t.isBlank()).map(String::strip);
    text = text.filter(t -> !t.isBlank()).map(String::strip);
    order = order == null ? Order.UPDATED_DESC : order;
  }
}
