// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.territory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One area of the perimeter, by its official code.")
public record PerimeterAreaDocument(
    @Schema(
            description = "COMMUNE, EPCI, DEPARTEMENT, REGION, COUNTRY, SUBDIVISION or OTHER",
            examples = "DEPARTEMENT")
        @NotBlank
        String level,
    @Schema(
            description =
                "INSEE code (commune, département, région), SIREN (EPCI) or ISO 3166 code",
            examples = "54")
        @NotBlank
        @Size(max = 32)
        String code,
    @Schema(examples = "Meurthe-et-Moselle") @NotBlank @Size(max = 200) String label) {}
