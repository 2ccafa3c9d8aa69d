// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.campaign;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.essaim.node.domain.model.campaign.CampaignDescription;

/**
 * A campaign as JSON. POST and PUT send the description (absent optional fields are cleared by
 * PUT); the state changes only through transitions. GET adds the read-only fields.
 */
@Schema(name = "Campaign", description = "One run (« édition ») of the four-step method.")
public record CampaignDocument(
    @Schema(readOnly = true, examples = "1") Long id,
    @Schema(examples = "Crépîte 2024") @NotBlank @Size(max = CampaignDescription.MAX_LENGTH)
        String name,
    @Schema(description = "Local name of the dynamic", examples = "Crépîte")
        @NotBlank
        @Size(max = CampaignDescription.MAX_LENGTH)
        String localBrandName,
    @Schema(description = "The « bassin » when not the whole territory", examples = "Lunévillois")
        @Size(max = CampaignDescription.MAX_LENGTH)
        String subTerritory,
    @Schema(description = "ISO 8601 date", examples = "2024-06-01") @NotBlank String startDate,
    @Schema(description = "ISO 8601 date, or absent while open-ended", examples = "2024-12-31")
        String endDate,
    @Schema(
            readOnly = true,
            description =
                "PLANNED, COLLECTING_DREAMS, CHALLENGES_DRAFTED, IDEATION_DONE, SELECTION, SUPPORT"
                    + " or CLOSED; changed through POST …/transitions",
            examples = "COLLECTING_DREAMS")
        String state,
    @Schema(readOnly = true, description = "Increases with every change; also the ETag")
        Long version,
    @Schema(readOnly = true) Instant createdAt,
    @Schema(readOnly = true) Instant updatedAt) {}
