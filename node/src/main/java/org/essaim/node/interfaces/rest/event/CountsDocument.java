// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.event;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "EventCounts",
    description =
        "Aggregate counts only, each optional and 0 or more; never lists of people. Provisional"
            + " while the event is PLANNED, final once HELD; a CANCELLED event has none.")
public record CountsDocument(
    @Schema(examples = "174") Integer participantCount,
    @Schema(description = "« contributeurs » at the tables", examples = "174")
        Integer contributorCount,
    @Schema(description = "People who want to get involved afterwards", examples = "49")
        Integer wantToGetInvolvedCount,
    @Schema(description = "People who want to carry a project", examples = "24")
        Integer wantToCarryCount,
    @Schema(description = "Solutions presented (forum)", examples = "19")
        Integer solutionsPresentedCount,
    @Schema(
            description = "Everyone present; at least participants and contributors",
            examples = "250")
        Integer totalAttendance,
    @Schema(description = "Tables of the soirée", examples = "15") Integer tables,
    @Schema(description = "Dreams collected; DREAM_COLLECTION events only", examples = "86")
        Integer dreamCount) {}
