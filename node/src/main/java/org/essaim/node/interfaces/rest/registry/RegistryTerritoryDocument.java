// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.registry;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.essaim.node.application.registry.TerritoryEntryView;

/**
 * A territory of the registry as administrators see and write it. On input {@code actor} is a
 * handle or an actor address (creation only); {@code labelStatus} and {@code labelDate} are read at
 * creation only (afterwards the status moves through {@code /status}); the other read-only fields
 * are ignored.
 */
@Schema(name = "RegistryTerritory", description = "A territory of the national registry")
public record RegistryTerritoryDocument(
    Long id,
    @Schema(
            description =
                "The territory node's actor: acct:user@host, @user@host or an https:// address"
                    + " (creation); its actor address (answers)",
            example = "https://essaim.miramas.example/actors/territory")
        String actor,
    @Schema(example = "Miramas") String name,
    @Schema(example = "Provence-Alpes-Côte d'Azur") String region,
    @Schema(example = "Bouches-du-Rhône (13)") String department,
    @Schema(description = "FR (Guyane included) or LU", example = "FR") String country,
    @Schema(
            description =
                "PROSPECT, CANDIDATE, DEFERRED, IN_PROMO, NEEDS_MORE_TIME, READY_FOR_LABEL,"
                    + " LABELLED, SUSPENDED, WITHDRAWN",
            example = "LABELLED")
        String labelStatus,
    @Schema(description = "Date of the labelling committee", example = "2024-04-15")
        LocalDate labelDate,
    @Schema(description = "The promo it belongs or belonged to", example = "1") Long promoId,
    @Schema(
            description = "Parrain of its active sponsorship (read-only)",
            example = "https://essaim.meurthe-et-moselle.example/actors/territory")
        URI sponsor,
    @Schema(description = "The aggregator's follow of its actor (read-only)", example = "ACCEPTED")
        String following,
    Instant createdAt,
    Instant updatedAt) {

  static RegistryTerritoryDocument of(TerritoryEntryView view) {
    return new RegistryTerritoryDocument(
        view.id(),
        view.actor().toString(),
        view.name(),
        view.region(),
        view.department(),
        view.country(),
        view.labelStatus().name(),
        view.labelDate(),
        view.promoId(),
        view.sponsor(),
        view.following(),
        view.createdAt(),
        view.updatedAt());
  }
}
