// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.dream;

import java.util.Optional;
import java.util.Set;

/**
 * Which dreams to list.
 *
 * @param campaignId only this campaign's, if given
 * @param states only dreams in these states (never empty)
 * @param theme only dreams with this theme key or a narrower one ("food" finds "food.access")
 * @param text French full-text search, accents ignored ("reve partage" finds « rêve partagé »)
 * @param newestFirst sort by submission time, newest first; otherwise oldest first
 */
public record DreamSearch(
    Optional<Long> campaignId,
    Set<DreamState> states,
    Optional<String> theme,
    Optional<String> text,
    boolean newestFirst) {

  public DreamSearch {
    if (states == null || states.isEmpty()) {
      throw new IllegalArgumentException("at least one state");
    }
    states = Set.copyOf(states);
    theme = theme.filter(t -> !t.isBlank()).map(String::strip);
    text = text.filter(t -> !t.isBlank()).map(String::strip);
  }
}
