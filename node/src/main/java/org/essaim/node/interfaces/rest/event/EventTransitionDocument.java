// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.event;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EventTransition", description = "The state an event moves to.")
public record EventTransitionDocument(
    @Schema(description = "HELD or CANCELLED (from PLANNED)", examples = "HELD") @NotBlank
        String to) {}
