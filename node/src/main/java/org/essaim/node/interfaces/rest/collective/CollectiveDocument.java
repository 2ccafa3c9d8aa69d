// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.collective;

import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A project collective as JSON; the team sends its governance, the rest is read-only. */
@Schema(name = "Collective", description = "The collective that carries a project.")
public record CollectiveDocument(
    @Schema(readOnly = true, examples = "1") Long id,
    @Schema(readOnly = true, examples = "12") Long projectId,
    @Schema(
            description =
                "INFORMAL, ASSOCIATION, SCIC_COLLEGES, COOPERATIVE, CARRIER_ORGANIZATION or OTHER",
            examples = "ASSOCIATION")
        @NotBlank
        String governance,
    @Schema(
            readOnly = true,
            description =
                "FORMING, ACTIVE, STRUCTURED or DISSOLVED; changed through POST …/collective/status",
            examples = "FORMING")
        String status,
    @Schema(readOnly = true, examples = "7") Long memberCount,
    @Schema(readOnly = true, description = "Increases with every change; also the ETag")
        Long version,
    @Schema(readOnly = true) Instant createdAt,
    @Schema(readOnly = true) Instant updatedAt) {}
