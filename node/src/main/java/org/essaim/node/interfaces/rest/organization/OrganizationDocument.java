// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.organization;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.essaim.node.domain.model.organization.OrganizationProfile;

/** An organisation as JSON. POST and PUT send the profile; GET adds the read-only fields. */
@Schema(name = "Organization", description = "An organisation (« structure ») of the directory.")
public record OrganizationDocument(
    @Schema(readOnly = true, examples = "1") Long id,
    @Schema(examples = "Les Ateliers des Hauts") @NotBlank @Size(max = OrganizationProfile.MAX_NAME)
        String name,
    @Schema(examples = "ADH") @Size(max = 50) String acronym,
    @Schema(description = "A key of the legal-forms scheme", examples = "association-1901")
        String legalForm,
    @Schema(description = "Keys of the structure-roles scheme", examples = "[\"siae\"]")
        List<String> roles,
    @Schema(examples = "2017") Integer foundedYear,
    @Schema(
            examples =
                "Association créée en avril 2017 ; son restaurant « Léo à Table » est entreprise"
                    + " d'insertion depuis septembre 2017.")
        @Size(max = 4000)
        String presentation,
    @Schema(examples = "https://ateliersdeshauts.example") String website,
    @Valid AddressDocument address,
    @Schema(description = "9 digits, unique in the directory", examples = "823456789") String siren,
    @Schema(
            description = "PRIVATE, NODE_PUBLIC, NETWORK or PUBLIC (the default)",
            examples = "PUBLIC")
        String visibility,
    @Schema(readOnly = true, description = "Increases with every change; also the ETag")
        Long version,
    @Schema(readOnly = true) Instant createdAt,
    @Schema(readOnly = true) Instant updatedAt) {}
