// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.project;

import java.util.Optional;
import java.util.Set;
import org.essaim.node.domain.shared.Visibility;

/**
 * Which projects to list, and in which order.
 *
 * @param visibilities only these levels (never empty)
 * @param theme this theme key or a narrower one ("food" finds "food.access")
 * @param text French full-text search on title, summary and description, accents ignored
 * @param byTitle sort by title; otherwise newest first
 */
public record ProjectSearch(
    Set<Visibility> visibilities,
    Optional<String> theme,
    Optional<ProjectStage> stage,
    Optional<ProjectStatus> status,
    Optional<String> text,
    boolean byTitle) {

  public ProjectSearch {
    if (visibilities == null || visibilities.isEmpty()) {
      throw new IllegalArgumentException("at least one visibility");
    }
    visibilities = Set.copyOf(visibilities);
  }
}
