// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.dream;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DreamTransition", description = "The state a dream moves to.")
public record DreamTransitionDocument(
    @Schema(
            description = "PUBLISHED, REJECTED, MERGED, CLUSTERED or ARCHIVED",
            examples = "PUBLISHED")
        @NotBlank
        String to,
    @Schema(description = "Required with MERGED: the id of the dream it duplicates", examples = "7")
        Long mergedInto) {}
