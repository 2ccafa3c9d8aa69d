// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.dream;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.essaim.node.domain.model.dream.Commune;

@Schema(name = "Commune", description = "A commune, by its INSEE code: never an address.")
public record CommuneDocument(
    @Schema(description = "INSEE code", examples = "39300") @NotBlank @Size(max = 5) String code,
    @Schema(examples = "Lons-le-Saunier") @NotBlank @Size(max = 200) String label) {

  static CommuneDocument of(Commune commune) {
    return new CommuneDocument(commune.code(), commune.label());
  }
}
