// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.essaim.node.application.FieldError;
import org.essaim.node.application.InvalidInputException;
import org.essaim.node.domain.model.challenge.ChallengeDescription;
import org.essaim.node.domain.model.taxonomy.Concept;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.domain.model.taxonomy.TaxonomyScheme;
import org.junit.jupiter.api.Test;

class ChallengeAssemblerTest {

  private final Taxonomy taxonomy =
      new Taxonomy(
          Map.of(
              TaxonomyScheme.THEMES,
              List.of(
                  new Concept("mobility", "Mobilité", "Mobility", Optional.empty(), List.of()),
                  new Concept(
                      "mobility.cycling", "Vélo", "Cycling", Optional.of("mobility"), List.of()))));

  @Test
  void aValidDocumentWithoutVisibilityLeavesItToTheNodeDefault() {
    ChallengeDescription description =
        ChallengeAssembler.toDescription(
            document("Atelier de réparation de vélos", List.of("mobility.cycling"), null),
            List.of(),
            taxonomy);
    assertThat(description.title()).isEqualTo("Atelier de réparation de vélos");
    assertThat(description.visibility()).isNull();
  }

  @Test
  void everyBadFieldIsReportedAtOnce() {
    InvalidInputException e =
        catchThrowableOfType(
            () ->
                ChallengeAssembler.toDescription(
                    document("Vélo", List.of("velo-inconnu"), "SECRET"),
                    List.of(new FieldError("campaignId", "must not be null")),
                    taxonomy),
            InvalidInputException.class);
    assertThat(e.errors())
        .extracting(FieldError::field)
        .containsExactlyInAnyOrder("campaignId", "visibility", "themes");
  }

  private static ChallengeDocument document(String title, List<String> themes, String visibility) {
    return new ChallengeDocument(
        null,
        1L,
        title,
        "Comment permettre à chacun de réparer son vélo ?",
        themes,
        visibility,
        null,
        null,
        null,
        null,
        null,
        null);
  }
}
