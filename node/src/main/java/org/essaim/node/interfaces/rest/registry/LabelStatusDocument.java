// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.registry;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A move along the label path. */
@Schema(name = "LabelStatusChange")
public record LabelStatusDocument(
    @Schema(description = "The status to move to", example = "READY_FOR_LABEL") String status,
    @Schema(
            description = "Date of the labelling committee (required for LABELLED)",
            example = "2024-04-15")
        LocalDate labelDate,
    @Schema(
            description =
                "Why, for the national team's history of the territory (optional, at most 2000"
                    + " characters; never federated, never public)",
            example = "Équipe élargie constituée, dossier complet")
        String reason) {}
