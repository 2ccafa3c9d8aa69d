// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.challenge;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SolutionIdeaTransition", description = "The state a solution idea moves to.")
public record SolutionIdeaTransitionDocument(
    @Schema(
            description = "SHORTLISTED, SELECTED, BECAME_PROJECT or DROPPED",
            examples = "SHORTLISTED")
        @NotBlank
        String to,
    @Schema(description = "Required with BECAME_PROJECT: the project's id", examples = "21")
        Long projectId) {}
