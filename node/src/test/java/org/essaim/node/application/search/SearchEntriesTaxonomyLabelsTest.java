// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.essaim.node.domain.model.search.SearchEntry;
import org.essaim.node.domain.model.search.SearchKind;
import org.essaim.node.domain.model.search.SearchOrigin;
import org.essaim.node.domain.model.taxonomy.Concept;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.domain.model.taxonomy.TaxonomyScheme;
import org.junit.jupiter.api.Test;

class SearchEntriesTaxonomyLabelsTest {

  static final Taxonomy TAXONOMY =
      new Taxonomy(
          Map.of(
              TaxonomyScheme.THEMES,
              List.of(
                  new Concept(
                      "food",
                      "Alimentation durable",
                      "Sustainable food",
                      Optional.empty(),
                      List.of("se nourrir")),
                  new Concept(
                      "food.short-supply-chains",
                      "Circuits courts",
                      "Short supply chains",
                      Optional.of("food"),
                      List.of()),
                  new Concept(
                      "ageing-well",
                      "Bien vieillir",
                      "Ageing well",
                      Optional.empty(),
                      List.of("bien vieillir"))),
              TaxonomyScheme.SUPPORT_MODES,
              List.of(
                  new Concept(
                      "first-steps",
                      "Appui aux premiers pas",
                      "First steps",
                      Optional.empty(),
                      List.of()))));

  static SearchEntry entry(String body, List<String> themes, List<String> supportModes) {
    return new SearchEntry(
        URI.create("https://ardeche.example/objects/projects/3"),
        SearchKind.PROJECT,
        SearchOrigin.REMOTE,
        null,
        URI.create("https://ardeche.example/actors/territory"),
        "Nord Ardèche",
        null,
        "Corne et carotte",
        "Un magasin tenu par les producteurs.",
        body,
        null,
        themes,
        supportModes,
        "launched",
        null,
        false,
        null,
        null,
        true,
        null,
        Instant.parse("2025-03-03T10:00:00Z"));
  }

  @Test
  void theLabelsOfThemesWithTheirAncestorsAndOfSupportModesFollowTheBodyOnceEach() {
    SearchEntry labelled =
        SearchEntries.withTaxonomyLabels(
            entry(
                "Vente directe à la ferme.",
                List.of("food", "food.short-supply-chains", "ageing-well"),
                List.of("first-steps")),
            TAXONOMY);

    assertThat(labelled.body())
        .isEqualTo(
            "Vente directe à la ferme.\n"
                + "Alimentation durable · se nourrir · Circuits courts · Bien vieillir · bien vieillir"
                + " · Appui aux premiers pas");
    assertThat(labelled.title()).isEqualTo("Corne et carotte");
    assertThat(labelled.summary()).isEqualTo("Un magasin tenu par les producteurs.");
    assertThat(labelled.themes())
        .containsExactly("food", "food.short-supply-chains", "ageing-well");
  }

  @Test
  void anEntryWithoutBodyGetsTheLabelsAsBodyAndUnknownKeysAddNothing() {
    assertThat(
            SearchEntries.withTaxonomyLabels(
                    entry(null, List.of("food.short-supply-chains", "not-a-theme"), List.of()),
                    TAXONOMY)
                .body())
        .isEqualTo("Circuits courts");
    SearchEntry unknown = entry("Texte.", List.of("not-a-theme"), List.of("nope"));
    assertThat(SearchEntries.withTaxonomyLabels(unknown, TAXONOMY)).isSameAs(unknown);
  }

  @Test
  void aBodyAtTheLongestLengthIsCutSoThatTheLabelsStayWhole() {
    String longest = "x".repeat(SearchEntry.MAX_BODY);

    String body =
        SearchEntries.withTaxonomyLabels(
                entry(longest, List.of("ageing-well"), List.of()), TAXONOMY)
            .body();

    assertThat(body).hasSize(SearchEntry.MAX_BODY).endsWith("\nBien vieillir · bien vieillir");
  }
}
