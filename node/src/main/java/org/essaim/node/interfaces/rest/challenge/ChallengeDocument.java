// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.challenge;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.essaim.node.domain.model.challenge.ChallengeDescription;

/**
 * A défi as JSON. POST sends campaignId and the description; PUT the description (the campaign
 * never changes). State and grouped dreams change only through their own endpoints.
 */
@Schema(name = "Challenge", description = "A défi drawn from the dreams of a campaign.")
public record ChallengeDocument(
    @Schema(readOnly = true, examples = "3") Long id,
    @Schema(description = "Required by POST; ignored by PUT", examples = "1") Long campaignId,
    @Schema(examples = "Atelier de réparation de vélos")
        @NotBlank
        @Size(max = ChallengeDescription.MAX_TITLE_LENGTH)
        String title,
    @Schema(
            examples =
                "Comment permettre à chacun de réparer son vélo près de chez soi, à"
                    + " Lons-le-Saunier ?")
        @NotBlank
        @Size(max = ChallengeDescription.MAX_STATEMENT_LENGTH)
        String statement,
    @Schema(description = "Theme keys (taxonomy themes)", examples = "[\"mobility.cycling\"]")
        List<@NotNull String> themes,
    @Schema(
            description =
                "PRIVATE, NODE_PUBLIC (default), NETWORK or PUBLIC. Only title, themes and state"
                    + " will ever federate.",
            examples = "NODE_PUBLIC")
        String visibility,
    @Schema(
            readOnly = true,
            description =
                "DRAFT, SELECTED_FOR_EVENING, WORKED_AT_EVENING, SEEKING_CARRIER, IN_DEPLOYMENT,"
                    + " RESOLVED, ABANDONED or MERGED; changed through POST …/transitions",
            examples = "SELECTED_FOR_EVENING")
        String state,
    @Schema(readOnly = true, description = "When MERGED: the défi it duplicates") Long mergedInto,
    @Schema(
            readOnly = true,
            description =
                "The grouped dreams (id, text, state); the public sees only published ones")
        List<GroupedDreamDocument> dreams,
    @Schema(readOnly = true, description = "Increases with every change; also the ETag")
        Long version,
    @Schema(readOnly = true) Instant createdAt,
    @Schema(readOnly = true) Instant updatedAt) {}
