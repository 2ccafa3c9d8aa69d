// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.collective;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A collective member as JSON: a person (displayName, optional email and phone with contactConsent)
 * or an organisation (organizationId). Personal data: team only.
 */
@Schema(
    name = "CollectiveMember",
    description =
        "A person or an organisation in a project collective. A person's name and contact details"
            + " are personal data: team only, never federated, erased on request.")
public record MemberDocument(
    @Schema(readOnly = true, examples = "3") Long id,
    @Schema(description = "An existing organisation's id, for an organisation member")
        Long organizationId,
    @Schema(readOnly = true, examples = "Les Ateliers des Hauts") String organizationName,
    @Schema(description = "A person's name as shown to the team", examples = "Camille D.")
        String displayName,
    @Schema(description = "Personal; needs contactConsent", examples = "camille@example.org")
        String email,
    @Schema(description = "Personal; needs contactConsent", examples = "06 12 34 56 78")
        String phone,
    @Schema(
            writeOnly = true,
            description =
                "The person explicitly agreed that the team keeps their contact details; recorded"
                    + " as a consent record")
        Boolean contactConsent,
    @Schema(
            description = "PORTEUR, CO_PORTEUR, BENEVOLE, PARTENAIRE or HABITANT",
            examples = "PORTEUR")
        String role,
    @Schema(description = "ISO date; today when absent", examples = "2024-11-07")
        String joinedOn) {}
