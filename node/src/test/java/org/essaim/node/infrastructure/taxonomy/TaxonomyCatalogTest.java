// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.essaim.node.domain.model.taxonomy.Concept;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.domain.model.taxonomy.TaxonomyScheme;
import org.essaim.node.domain.shared.DomainRuleViolation;
import org.junit.jupiter.api.Test;

class TaxonomyCatalogTest {

  private final Taxonomy taxonomy = TaxonomyCatalog.load();

  @Test
  void everySchemeIsLoaded() {
    for (TaxonomyScheme scheme : TaxonomyScheme.values()) {
      assertThat(taxonomy.concepts(scheme)).as(scheme.key()).isNotEmpty();
    }
    assertThat(taxonomy.concepts(TaxonomyScheme.PROJECT_STAGES))
        .extracting(Concept::key)
        .containsExactly(
            "idea",
            "first-steps",
            "emergence",
            "creation",
            "launched",
            "consolidation",
            "development",
            "acceleration",
            "swarming");
  }

  @Test
  void themesKeepTheirHierarchyAndEverydayWords() {
    Concept shortChains =
        taxonomy.find(TaxonomyScheme.THEMES, "food.short-supply-chains").orElseThrow();
    assertThat(shortChains.labelFr()).isEqualTo("Circuits courts");
    assertThat(shortChains.broader()).contains("food");
    assertThat(taxonomy.find(TaxonomyScheme.THEMES, "food").orElseThrow().altLabels())
        .contains("se nourrir");
    assertThat(taxonomy.find(TaxonomyScheme.THEMES, "mobility").orElseThrow().altLabels())
        .contains("se déplacer");
  }

  @Test
  void unknownKeysAreRefusedWithTheirField() {
    assertThat(
            taxonomy.requireKnown(
                TaxonomyScheme.THEMES, List.of("food", "food", "housing"), "themes"))
        .containsExactly("food", "housing");
    assertThatThrownBy(
            () ->
                taxonomy.requireKnown(
                    TaxonomyScheme.THEMES, List.of("food", "astrology"), "themes"))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessageContaining("astrology")
        .satisfies(e -> assertThat(((DomainRuleViolation) e).field()).isEqualTo("themes"));
  }

  @Test
  void brokenCatalogueIsRefused() {
    assertThatThrownBy(
            () ->
                new Taxonomy(
                    java.util.Map.of(
                        TaxonomyScheme.THEMES,
                        List.of(
                            new Concept(
                                "food.x", "x", "x", java.util.Optional.of("food"), List.of())))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("broader");
  }
}
