// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.solution;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "SolutionTransition",
    description = "The status a transferable solution or a replication moves to.")
public record TransitionDocument(
    @Schema(examples = "PUBLISHED") @NotBlank String to,
    @Schema(
            description =
                "Replications only: the date of the step (start, replication, abandon); today"
                    + " when absent",
            examples = "2024-09-01")
        String on) {}
