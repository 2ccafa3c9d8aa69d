// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.registry;

import java.time.Instant;
import org.essaim.node.domain.model.registry.SponsorshipStatus;

/** A sponsorship, its two territories named. */
public record SponsorshipView(
    long id,
    TerritoryRef sponsor,
    TerritoryRef sponsee,
    Long promoId,
    String period,
    SponsorshipStatus status,
    long version,
    Instant createdAt,
    Instant updatedAt) {}
