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
    @Schema(description = "Projects supported, whatever their status or visibility")
        long projectsSupported,
    List<CountDocument> projectsByStage,
    List<CountDocument> projectsByTheme,
    @Schema(description = "Sum of each project's latest « jobs-created » measurement")
        BigDecimal jobsCreated,
    @Schema(description = "Sum of each project's latest « jobs-consolidated » measurement")
        BigDecimal jobsConsolidated) {}
