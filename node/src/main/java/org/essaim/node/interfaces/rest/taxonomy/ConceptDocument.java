// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.taxonomy;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.essaim.node.domain.model.taxonomy.Concept;

@Schema(name = "Concept", description = "One concept of a taxonomy scheme.")
public record ConceptDocument(
    @Schema(examples = "food.short-supply-chains") String key,
    @Schema(examples = "Circuits courts") String labelFr,
    @Schema(examples = "Short supply chains") String labelEn,
    @Schema(examples = "food") String broader,
    List<String> altLabels) {

  static ConceptDocument of(Concept concept) {
    return new ConceptDocument(
        concept.key(),
        concept.labelFr(),
        concept.labelEn(),
        concept.broader().orElse(null),
        concept.altLabels().isEmpty() ? null : concept.altLabels());
  }
}
