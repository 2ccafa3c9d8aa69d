// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import org.essaim.federation.vocab.As;
import org.essaim.federation.vocab.AsObject;
import org.essaim.federation.vocab.Essaim;
import org.essaim.node.domain.model.search.SearchEntry;
import org.essaim.node.domain.model.search.SearchKind;
import org.essaim.node.domain.model.search.SearchOrigin;
import org.junit.jupiter.api.Test;

class SearchEntriesTest {

  static final URI VIERZON = URI.create("https://vierzon.example/actors/territory");
  static final URI PROJECT = URI.create("https://vierzon.example/objects/projects/7");
  static final Instant NOW = Instant.parse("2025-03-03T10:00:00Z");
  static final TerritoryCard CARD =
      new TerritoryCard(VIERZON, "Vierzon", "Centre-Val de Loire", true);

  static AsObject.Builder project() {
    return AsObject.builder()
        .id(PROJECT)
        .type(As.ARTICLE)
        .type(Essaim.PROJECT)
        .string(As.NAME, "Épicerie solidaire", "fr")
        .string(As.SUMMARY, "Une épicerie <b>ambulante</b> &amp; solidaire.", "fr")
        .string(As.CONTENT, "<p>Elle dessert les villages.</p><script>x</script>", "fr")
        .string(Essaim.THEME, "food.short-circuits")
        .string(Essaim.SUPPORT_MODE, "incubation")
        .string(Essaim.STAGE, "launch")
        .string(Essaim.LEGAL_FORM, "SCIC")
        .dateTime(As.PUBLISHED, Instant.parse("2025-01-01T00:00:00Z"))
        .dateTime(As.UPDATED, Instant.parse("2025-02-01T00:00:00Z"));
  }

  static Optional<SearchEntry> remote(AsObject object, TerritoryCard card, boolean isPublic) {
    return SearchEntries.of(object, SearchOrigin.REMOTE, null, card, isPublic, NOW);
  }

  @Test
  void aProjectKeepsItsSharedFieldsAsPlainText() {
    SearchEntry entry = remote(project().build(), CARD, true).orElseThrow();

    assertThat(entry.kind()).isEqualTo(SearchKind.PROJECT);
    assertThat(entry.objectUri()).isEqualTo(PROJECT);
    assertThat(entry.title()).isEqualTo("Épicerie solidaire");
    assertThat(entry.summary()).isEqualTo("Une épicerie ambulante & solidaire.");
    assertThat(entry.body()).isEqualTo("Elle dessert les villages. x");
    assertThat(entry.themes()).containsExactly("food", "food.short-circuits");
    assertThat(entry.supportModes()).containsExactly("incubation");
    assertThat(entry.stage()).isEqualTo("launch");
    assertThat(entry.legalForm()).isEqualTo("SCIC");
    assertThat(entry.territoryName()).isEqualTo("Vierzon");
    assertThat(entry.region()).isEqualTo("Centre-Val de Loire");
    assertThat(entry.updated()).isEqualTo(Instant.parse("2025-02-01T00:00:00Z"));
    assertThat(entry.publicSearchable()).isTrue();
    assertThat(entry.transferable()).isFalse();
  }

  @Test
  void controlCharactersNeverReachTheIndexSoSnippetMarksCannotBeForged() {
    AsObject object =
        project()
            .set(As.SUMMARY, org.essaim.federation.vocab.Literal.string("a\u0002b\u0003c"))
            .build();

    assertThat(remote(object, CARD, true).orElseThrow().summary()).isEqualTo("a b c");
  }

  @Test
  void publicSearchNeedsAPublicAudienceAndTheConsentOfObjectAndTerritory() {
    assertThat(remote(project().build(), CARD, false).orElseThrow().publicSearchable()).isFalse();
    assertThat(
            remote(project().bool(Essaim.INDEXABLE, false).build(), CARD, true)
                .orElseThrow()
                .publicSearchable())
        .isFalse();
    TerritoryCard refusing = new TerritoryCard(VIERZON, "Vierzon", null, false);
    assertThat(remote(project().build(), refusing, true).orElseThrow().publicSearchable())
        .isFalse();
  }

  @Test
  void aSolutionIsTransferableAndNamesItsProject() {
    AsObject solution =
        AsObject.builder()
            .id("https://vierzon.example/objects/solutions/3")
            .type(Essaim.TRANSFERABLE_SOLUTION)
            .string(As.NAME, "Essaimer l'épicerie", "fr")
            .reference(Essaim.SOURCE_PROJECT, PROJECT)
            .string(Essaim.KEY_SUCCESS_FACTOR, "Un camion équipé")
            .build();

    SearchEntry entry = remote(solution, CARD, true).orElseThrow();

    assertThat(entry.kind()).isEqualTo(SearchKind.SOLUTION);
    assertThat(entry.transferable()).isTrue();
    assertThat(entry.sourceProject()).isEqualTo(PROJECT);
    assertThat(entry.body()).contains("Un camion équipé");
  }

  @Test
  void otherTypesAndObjectsWithoutIdOrNameAreNotSearchable() {
    assertThat(remote(AsObject.builder().id(PROJECT).type(As.NOTE).build(), CARD, true)).isEmpty();
    assertThat(
            remote(
                AsObject.builder().type(Essaim.PROJECT).string(As.NAME, "x").build(), CARD, true))
        .isEmpty();
    assertThat(remote(project().remove(As.NAME).build(), CARD, true)).isEmpty();
    assertThat(
            remote(
                AsObject.builder()
                    .id(PROJECT)
                    .type(Essaim.KEY_FIGURES)
                    .string(As.NAME, "x")
                    .build(),
                CARD,
                true))
        .isEmpty();
  }

  @Test
  void anObjectWithoutDatesIsDatedWhenIndexed() {
    AsObject undated = project().remove(As.PUBLISHED).remove(As.UPDATED).build();

    SearchEntry entry = remote(undated, CARD, true).orElseThrow();

    assertThat(entry.published()).isNull();
    assertThat(entry.updated()).isEqualTo(NOW);
  }

  @Test
  void ancestorsComeBeforeEachKeyOnce() {
    assertThat(SearchEntries.withAncestors(java.util.List.of("a.b.c", "a.d", "e", "bad key")))
        .containsExactly("a", "a.b", "a.b.c", "a.d", "e");
  }

  @Test
  void aTerritoryWithoutNameIsNamedByItsHost() {
    assertThat(new TerritoryCard(VIERZON, " ", null, true).name()).isEqualTo("vierzon.example");
  }
}
