// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.registry;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.essaim.node.application.registry.SponsorshipView;

/**
 * A sponsorship (parrainage). On input the territories are registry ids (creation only: they never
 * change); answers name them in {@code sponsor} and {@code sponsee}.
 */
@Schema(name = "Sponsorship", description = "A parrainage between two registered territories")
public record SponsorshipDocument(
    Long id,
    @Schema(description = "Registry id of the parrain (labelled)", example = "9") Long sponsorId,
    @Schema(description = "Registry id of the filleul", example = "19") Long sponseeId,
    @Schema(example = "2") Long promoId,
    @Schema(example = "2024-2025") String period,
    @Schema(description = "PROPOSED, ACTIVE, ENDED", example = "ACTIVE") String status,
    @Schema(description = "The parrain, named (read-only)")
        PromoDocument.TerritoryRefDocument sponsor,
    @Schema(description = "The filleul, named (read-only)")
        PromoDocument.TerritoryRefDocument sponsee,
    Instant createdAt,
    Instant updatedAt) {

  static SponsorshipDocument of(SponsorshipView view) {
    return new SponsorshipDocument(
        view.id(),
        view.sponsor() == null ? null : view.sponsor().id(),
        view.sponsee() == null ? null : view.sponsee().id(),
        view.promoId(),
        view.period(),
        view.status().name(),
        PromoDocument.TerritoryRefDocument.of(view.sponsor()),
        PromoDocument.TerritoryRefDocument.of(view.sponsee()),
        view.createdAt(),
        view.updatedAt());
  }
}
