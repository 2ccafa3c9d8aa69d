// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.collective;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An accompaniment as JSON. PRIVATE: team only. */
@Schema(name = "Accompaniment", description = "A project's accompaniment by a support programme.")
public record AccompanimentDocument(
    @Schema(readOnly = true, examples = "1") Long id,
    @Schema(readOnly = true, examples = "12") Long projectId,
    @Schema(examples = "Idéateur TAg35") String programmeName,
    @Schema(
            description =
                "PREMIERS_PAS, PREINCUBATION, INCUBATION, ACCELERATION, ESPACE_TEST, CAE or"
                    + " COACHING",
            examples = "PREINCUBATION")
        String format,
    @Schema(description = "The provider organisation's id", examples = "4")
        Long providerOrganizationId,
    @Schema(readOnly = true, examples = "TAg35") String providerName,
    @Schema(examples = "2024-11-07") String startDate,
    @Schema(examples = "2025-06-30") String endDate,
    List<MilestoneDocument> milestones,
    @Schema(
            description = "LAUNCHED, REORIENTED, ABANDONED or CONTINUES_IN; needs endDate",
            examples = "CONTINUES_IN")
        String outcome,
    @Schema(description = "The next programme, with CONTINUES_IN only", examples = "Incubateur")
        String continuesIn,
    @Schema(description = "The team's private notes") String notes,
    @Schema(readOnly = true, description = "Increases with every change; also the ETag")
        Long version,
    @Schema(readOnly = true) Instant createdAt,
    @Schema(readOnly = true) Instant updatedAt) {}
