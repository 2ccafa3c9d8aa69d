// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.figures;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The territory's key figures (« chiffres clés »). */
@Schema(name = "KeyFigures")
public record KeyFiguresDocument(
    Instant asOf,
    @Schema(description = "Groups smaller than this are not published", example = "5")
        int minimumGroupSize,
    @Schema(description = "Campaigns (« éditions ») out of PLANNED") long campaignsUnderway,
    @Schema(description = "Dreams received (absent when fewer than 5)") Long dreamsReceived,
    boolean dreamsReceivedSuppressed,
    List<CountDocument> dreamsByTheme,
    @Schema(description = "Défis out of DRAFT, merged ones excepted") long challengesWorked,
    @Schema(description = "« Remontées des rêves » held") long dreamCollectionsHeld,
    @Schema(description = "Ideation evenings, evenings of ideas, creativity afternoons held")
        long eveningsHeld,
    @Schema(
            description =
                "Attendance of the held events, a person counted once per event (absent when"
                    + " fewer than 5)")
        Long participations,
    boolean participationsSuppressed,
    @Schema(description = "People who want to get involved or carry a project (held events)")
        Long engagedPeople,
    boolean engagedPeopleSuppressed,
    @Schema(description = "Of those, people who want to carry a project") Long wouldBeCarriers,
    boolean wouldBeCarriersSuppressed,
    @Schema(description = "Dreams the teams counted at dream-collection sessions")
        long dreamsCollectedAtEvents,
    @Schema(description = "Projects supported, whatever their status or visibility")
        long projectsSupported,
    List<CountDocument> projectsByStage,
    List<CountDocument> projectsByTheme,
    @Schema(description = "Sum of each project's latest « jobs-created » measurement")
        BigDecimal jobsCreated,
    @Schema(description = "Sum of each project's latest « jobs-consolidated » measurement")
        BigDecimal jobsConsolidated) {}
