// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.registry;

import java.net.URI;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.essaim.node.application.registry.TerritoryEntryView;

/**
 * A territory in the public directory: public fields only (no promo, sponsorship, follow state,
 * committee decision or note).
 */
@Schema(name = "DirectoryTerritory", description = "A territory of the network, public fields")
public record DirectoryTerritoryDocument(
    @Schema(example = "https://essaim.miramas.example/actors/territory") URI actor,
    @Schema(example = "Miramas") String name,
    @Schema(example = "Provence-Alpes-Côte d'Azur") String region,
    @Schema(example = "Bouches-du-Rhône (13)") String department,
    @Schema(example = "FR") String country,
    @Schema(example = "LABELLED") String labelStatus,
    @Schema(example = "2024-04-15") LocalDate labelDate) {

  static DirectoryTerritoryDocument of(TerritoryEntryView view) {
    return new DirectoryTerritoryDocument(
        view.actor(),
        view.name(),
        view.region(),
        view.department(),
        view.country(),
        view.labelStatus().name(),
        view.labelDate());
  }
}
