// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.partner;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A partner as JSON. The public gets neither the role mailbox nor the contributions: those stay
 * with the team. No contact person is ever stored.
 */
@Schema(name = "Partner", description = "An organisation partnering with the territory.")
public record PartnerDocument(
    @Schema(readOnly = true, examples = "1") Long id,
    @Schema(description = "The organisation of the directory", examples = "3") @NotNull
        Long organizationId,
    @Schema(readOnly = true, examples = "Réseau Cocagne") String organizationName,
    @Schema(description = "Member of the circle of trusted partners", examples = "true")
        Boolean inCircle,
    @Schema(description = "ISO 8601 date, only for circle members", examples = "2023-03-15")
        String circleSince,
    @Schema(
            description = "A role address (contact@…), never a person's; team only",
            examples = "partenariats@example.org")
        String roleMailbox,
    @Schema(description = "Team only") List<ContributionDocument> contributions,
    @Schema(readOnly = true, description = "Increases with every change; also the ETag")
        Long version,
    @Schema(readOnly = true) Instant createdAt,
    @Schema(readOnly = true) Instant updatedAt) {}
