// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.methodsheet;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MethodSheetTransition", description = "The state a method sheet moves to.")
public record MethodSheetTransitionDocument(
    @Schema(description = "DRAFT, IN_REVIEW, PUBLISHED or DEPRECATED", examples = "IN_REVIEW")
        @NotBlank
        String to) {}
