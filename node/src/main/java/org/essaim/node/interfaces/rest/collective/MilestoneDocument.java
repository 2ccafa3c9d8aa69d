// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.collective;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Milestone", description = "A milestone of an accompaniment.")
public record MilestoneDocument(
    @Schema(
            description =
                "ROADMAP (feuille de route), PITCH, LETTER_OF_INTENT (note d'intention),"
                    + " MARKET_STUDY, BUSINESS_MODEL, GOVERNANCE, IMPACT_MEASUREMENT or OTHER",
            examples = "ROADMAP")
        String kind,
    @Schema(examples = "2025-01-31") String dueOn,
    @Schema(examples = "2025-01-28") String doneOn) {}
