// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.solution;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.essaim.node.domain.model.solution.TransferableSolutionDescription;

/**
 * A transferable solution as JSON. POST names the source project; PUT replaces the description
 * (projectId and status are then read-only: the status changes through POST …/transitions).
 */
@Schema(
    name = "TransferableSolution",
    description =
        "A solution essaimable derived from one of the node's projects, offered to other"
            + " territories.")
public record TransferableSolutionDocument(
    @Schema(readOnly = true, examples = "1") Long id,
    @Schema(
            description =
                "The source project's id: required at creation, at most one solution per project;"
                    + " read-only afterwards",
            examples = "7")
        Long projectId,
    @Schema(
            description = "Defaults to the source project's title when blank",
            maxLength = 200,
            examples =
                "Lance-toi ! — un cycle court pour les porteurs de projet au stade de l'idée")
        @Size(max = TransferableSolutionDescription.MAX_TITLE)
        String title,
    @Schema(
            description = "The problem it answers, in words (for défi ↔ solution matching)",
            examples = "Pas d'accompagnement à l'entrepreneuriat ESS en zone rurale")
        String problemAddressed,
    @Schema(description = "Keys of the themes scheme", examples = "[\"employment-inclusion\"]")
        List<String> themes,
    @Schema(
            description = "Economic and governance model",
            examples = "Binôme d'un incubateur régional et d'une structure locale")
        String model,
    @Schema(
            description = "Local conditions: partners, premises, public",
            examples = "Une structure locale ancrée, des élus prêts à relayer")
        String prerequisites,
    @Schema(description = "« Facteurs clés de succès », in order") List<String> keySuccessFactors,
    @Schema(description = "« Points d'attention », in order") List<String> watchPoints,
    @Schema(
            description = "OPEN_METHOD, ACCOMPANIED_TRANSFER, ANTENNA, FRANCHISE or NETWORK_KIT",
            examples = "ACCOMPANIED_TRANSFER")
        @NotBlank
        String transferMode,
    CostsDocument costs,
    @Schema(description = "The organisation to contact (never a person)", examples = "3") @NotNull
        Long contactOrganizationId,
    @Schema(
            readOnly = true,
            description = "DRAFT, PUBLISHED or WITHDRAWN; changed through POST …/transitions",
            examples = "DRAFT")
        String status,
    @Schema(
            description = "PRIVATE, NODE_PUBLIC, NETWORK (the default) or PUBLIC",
            examples = "NETWORK")
        String visibility,
    @Schema(readOnly = true, description = "Increases with every change; also the ETag")
        Long version,
    @Schema(readOnly = true) Instant createdAt,
    @Schema(readOnly = true) Instant updatedAt) {}
