// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.solution;

import java.util.Optional;
import java.util.Set;
import org.essaim.node.domain.shared.Visibility;

/**
 * Which transferable solutions to list, and in which order.
 *
 * @param visibilities only these levels (never empty)
 * @param statuses only these statuses (never empty)
 * @param theme this theme key or a narrower one ("food" finds "food.access")
 * @param text French full-text search on title, problem addressed and model, accents ignored
 * @param byTitle sort by title; otherwise newest first
 */
public record TransferableSolutionSearch(
    Set<Visibility> visibilities,
    Set<SolutionStatus> statuses,
    Optional<String> theme,
    Optional<TransferMode> transferMode,
    Optional<Long> projectId,
    Optional<String> text,
    boolean byTitle) {

  public TransferableSolutionSearch {
    if (visibilities == null || visibilities.isEmpty()) {
      throw new IllegalArgumentException("at least one visibility");
    }
    if (statuses == null || statuses.isEmpty()) {
      throw new IllegalArgumentException("at least one status");
    }
    visibilities = Set.copyOf(visibilities);
    statuses = Set.copyOf(statuses);
  }
}
