// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.essaim.node.domain.shared.Visibility;

/**
 * Which events to list, in start order.
 *
 * @param visibilities only these levels (never empty)
 * @param from only events starting on this local date or later
 * @param to only events starting on this local date or earlier
 * @param endedAfter only events ending after this instant (the calendar feed's window)
 * @param text French full-text search on title, description, venue and commune, accents ignored
 * @param latestFirst latest start first; otherwise earliest first
 */
public record EventSearch(
    Set<Visibility> visibilities,
    Optional<EventType> type,
    Optional<Long> campaignId,
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    Optional<Instant> endedAfter,
    Optional<String> text,
    boolean latestFirst) {

  public EventSearch {
    if (visibilities == null || visibilities.isEmpty()) {
      throw new IllegalArgumentException("at least one visibility");
    }
    visibilities = Set.copyOf(visibilities);
  }
}
