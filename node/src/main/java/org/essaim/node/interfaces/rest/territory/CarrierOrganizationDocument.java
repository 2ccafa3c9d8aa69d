// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.territory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A « structure porteuse » of the territory's dynamic.")
public record CarrierOrganizationDocument(
    @Schema(examples = "Clus'ter Jura") @NotBlank @Size(max = 200) String name,
    @Schema(examples = "https://www.clusterjura.fr") @Size(max = 2048) String website) {}
