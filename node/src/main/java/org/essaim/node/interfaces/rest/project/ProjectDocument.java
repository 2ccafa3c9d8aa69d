// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.project;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.essaim.node.domain.model.project.ProjectDescription;

/**
 * A project as JSON. POST sends the description and the initial stage; PUT the description (stage
 * and status are then read-only: they change through POST …/stage and …/status).
 */
@Schema(name = "Project", description = "A project carried on the territory.")
public record ProjectDocument(
    @Schema(readOnly = true, examples = "1") Long id,
    @Schema(examples = "Itération vers ARCHIBON")
        @NotBlank
        @Size(max = ProjectDescription.MAX_TITLE)
        String title,
    @Schema(
            examples =
                "Structurer autour du restaurant d'insertion « Léo à Table » un PTCE de"
                    + " l'alimentation durable à Rouen.")
        String summary,
    String description,
    @Schema(
            description =
                "A project-stages key; set at creation, then through POST …/stage (read-only in"
                    + " PUT)",
            examples = "emergence")
        String stage,
    @Schema(
            readOnly = true,
            description = "ACTIVE, PAUSED, STOPPED or TRANSFERRED; changed through POST …/status",
            examples = "ACTIVE")
        String status,
    @Schema(description = "Keys of the themes scheme", examples = "[\"food.access\"]")
        List<String> themes,
    @Schema(description = "Keys of the support-modes scheme", examples = "[\"incubation\"]")
        List<String> supportModes,
    @Schema(
            description = "FROM_CHALLENGE, ACCELERATED_EXISTING or TRANSPOSED_FROM",
            examples = "ACCELERATED_EXISTING")
        @NotBlank
        String origin,
    @Schema(description = "The défi's id, with FROM_CHALLENGE only", examples = "12")
        Long originChallengeId,
    @Schema(
            description = "The source solution's URI, with TRANSPOSED_FROM only",
            examples = "https://national.example/solutions/ecopoles-alimentaires")
        String originSourceUri,
    @Schema(description = "The carrier organisation's id", examples = "1")
        Long carrierOrganizationId,
    @Schema(description = "A legal-forms key: target or actual form", examples = "scic")
        String legalForm,
    @Schema(description = "Partner organisations' ids", examples = "[2, 3]")
        List<Long> partnerOrganizationIds,
    List<FundingDocument> fundings,
    List<ImpactDocument> impacts,
    LocationDocument location,
    @Schema(description = "A « pépite » the territory accelerates", examples = "false")
        Boolean pepite,
    @Schema(
            description = "PRIVATE, NODE_PUBLIC (the default), NETWORK or PUBLIC",
            examples = "NODE_PUBLIC")
        String visibility,
    @Schema(readOnly = true, description = "Increases with every change; also the ETag")
        Long version,
    @Schema(readOnly = true) Instant createdAt,
    @Schema(readOnly = true) Instant updatedAt,
    @Schema(
            readOnly = true,
            description =
                "The collective's status, member count and public member organisations; only in"
                    + " GET /api/projects/{id}, absent when the project has no collective")
        CollectiveSummaryDocument collective) {}
