// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.territory;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.essaim.node.domain.model.territory.TerritoryProfile;

/**
 * The territory profile as JSON. Sent whole with PUT (absent optional fields are cleared); GET adds
 * the version and the time of the last change.
 */
@Schema(name = "TerritoryProfile", description = "The public profile of the node's territory.")
public record TerritoryProfileDocument(
    @Schema(examples = "Lons-le-Saunier") @NotBlank @Size(max = 200) String name,
    @Schema(description = "Local name of the dynamic", examples = "Crépîte") @Size(max = 200)
        String localBrandName,
    @Schema(description = "ISO 3166-1 alpha-2", examples = "FR") @NotBlank String country,
    @Schema(description = "IANA time zone", examples = "Europe/Paris") @NotBlank String timeZone,
    @Size(max = TerritoryProfile.MAX_PERIMETER_AREAS)
        List<@NotNull @Valid PerimeterAreaDocument> perimeter,
    @Size(max = TerritoryProfile.MAX_CARRIER_ORGANIZATIONS)
        List<@NotNull @Valid CarrierOrganizationDocument> carrierOrganizations,
    @Schema(
            description =
                "PROSPECT, CANDIDATE, DEFERRED, IN_PROMO, NEEDS_MORE_TIME, READY_FOR_LABEL,"
                    + " LABELLED, SUSPENDED or WITHDRAWN",
            examples = "LABELLED")
        @NotBlank
        String labelStatus,
    @Schema(description = "A role mailbox, never a person's", examples = "contact@crepite.fr")
        @Email
        @Size(max = 254)
        String publicContact,
    @Schema(examples = "https://www.crepite.fr") @Size(max = 2048) String website,
    @Schema(readOnly = true, description = "Increases with every change; also the ETag")
        Long version,
    @Schema(readOnly = true) Instant updatedAt) {}
