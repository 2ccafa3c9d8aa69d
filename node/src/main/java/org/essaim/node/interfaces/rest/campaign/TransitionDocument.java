// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.campaign;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CampaignTransition", description = "The state a campaign moves to.")
public record TransitionDocument(
    @Schema(description = "The next step of the method", examples = "COLLECTING_DREAMS") @NotBlank
        String to) {}
