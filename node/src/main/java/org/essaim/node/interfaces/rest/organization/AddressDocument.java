// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.organization;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PostalAddress", description = "The organisation's own address, never a person's.")
public record AddressDocument(
    @Schema(examples = "12 rue de la Grand Mare") String street,
    @Schema(examples = "76000") String postalCode,
    @Schema(examples = "Rouen") String city,
    @Schema(description = "ISO 3166-1 alpha-2, FR when absent", examples = "FR") String country) {}
