// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.challenge;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ChallengeTransition", description = "The state a défi moves to.")
public record ChallengeTransitionDocument(
    @Schema(
            description =
                "SELECTED_FOR_EVENING, WORKED_AT_EVENING, SEEKING_CARRIER, IN_DEPLOYMENT, RESOLVED,"
                    + " ABANDONED or MERGED",
            examples = "SELECTED_FOR_EVENING")
        @NotBlank
        String to,
    @Schema(description = "Required with MERGED: the id of the défi it duplicates", examples = "4")
        Long mergedInto) {}
