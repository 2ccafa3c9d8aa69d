// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.event;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.essaim.node.domain.model.event.EventDescription;

/** An event as JSON. POST and PUT send the description; state changes through …/transitions. */
@Schema(name = "Event", description = "An event the territory runs.")
public record EventDocument(
    @Schema(readOnly = true, examples = "1") Long id,
    @Schema(
            description =
                "DREAM_COLLECTION, IDEAS_EVENING, IDEATION_EVENING, CREATIVITY_AFTERNOON,"
                    + " SOLUTIONS_FORUM, ENGAGEMENT_FORUM, PARTNER_CIRCLE, INTERACTIVE_SHOW,"
                    + " WORKSHOP, CONFERENCE, INTER_TERRITORY_MEETING, AGORA or LAUNCH",
            examples = "IDEATION_EVENING")
        @NotBlank
        String type,
    @Schema(
            readOnly = true,
            description = "The type's French label",
            examples = "Soirée d'idéation")
        String typeLabel,
    @Schema(examples = "Crépîte, grande soirée d'idéation")
        @NotBlank
        @Size(max = EventDescription.MAX_TITLE)
        String title,
    @Schema(examples = "15 défis travaillés en tables, puis forum des solutions.")
        String description,
    @Schema(
            description = "Local wall-clock start in timeZone, without offset",
            examples = "2024-09-13T18:30")
        @NotBlank
        String startsAt,
    @Schema(
            description = "Local wall-clock end in timeZone, after the start",
            examples = "2024-09-13T22:30")
        @NotBlank
        String endsAt,
    @Schema(
            description = "An IANA time zone; the territory's by default",
            examples = "Europe/Paris")
        String timeZone,
    @Schema(readOnly = true, description = "The start as an instant") Instant startsAtUtc,
    @Schema(readOnly = true, description = "The end as an instant") Instant endsAtUtc,
    @Schema(description = "The venue; a place, an onlineUrl or both") @Valid PlaceDocument place,
    @Schema(
            description = "An http(s) address to join or follow online",
            examples = "https://visio.example/crepite")
        String onlineUrl,
    @Schema(description = "The campaign's id", examples = "1") Long campaignId,
    @Schema(description = "Ids of the défis worked on", examples = "[3, 4]")
        List<Long> challengeIds,
    @Schema(description = "Ids of the solution ideas presented", examples = "[7]")
        List<Long> solutionIdeaIds,
    @Schema(
            description =
                "DREAM_COLLECTION only: WORKSHOP, STAND, IDEAS_EVENING, INTERACTIVE_SHOW,"
                    + " ONLINE_FORM or SCHOOL",
            examples = "WORKSHOP")
        String collectionFormat,
    @Schema(description = "Keys of the themes scheme", examples = "[\"food\"]") List<String> themes,
    CountsDocument counts,
    @Schema(
            description = "PRIVATE, NODE_PUBLIC (the default), NETWORK or PUBLIC",
            examples = "NODE_PUBLIC")
        String visibility,
    @Schema(readOnly = true, description = "PLANNED, HELD or CANCELLED", examples = "PLANNED")
        String state,
    @Schema(readOnly = true, description = "Whether the counts are final (HELD)")
        Boolean countsFinal,
    @Schema(readOnly = true, description = "Increases with every change; also the ETag")
        Long version,
    @Schema(readOnly = true) Instant createdAt,
    @Schema(readOnly = true) Instant updatedAt) {}
