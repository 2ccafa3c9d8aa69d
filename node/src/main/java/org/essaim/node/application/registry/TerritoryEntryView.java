// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.registry;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import org.essaim.node.domain.model.registry.LabelStatus;
import org.essaim.node.domain.model.registry.TerritoryEntry;

/**
 * A registry entry as the national team sees it.
 *
 * @param following the aggregator's follow of the territory's actor: NONE, PENDING, ACCEPTED,
 *     REJECTED
 * @param sponsor the parrain of the current active sponsorship, or null
 */
public record TerritoryEntryView(
    long id,
    URI actor,
    String name,
    String region,
    String department,
    String country,
    LabelStatus labelStatus,
    LocalDate labelDate,
    Long promoId,
    URI sponsor,
    String following,
    long version,
    Instant createdAt,
    Instant updatedAt) {

  static TerritoryEntryView of(TerritoryEntry entry, URI sponsor, String following) {
    var d = entry.description();
    return new TerritoryEntryView(
        entry.id(),
        entry.actor(),
        d.name(),
        d.region(),
        d.department(),
        d.country(),
        entry.labelStatus(),
        entry.labelDate().orElse(null),
        d.promoId(),
        sponsor,
        following,
        entry.version(),
        entry.createdAt(),
        entry.updatedAt());
  }
}
