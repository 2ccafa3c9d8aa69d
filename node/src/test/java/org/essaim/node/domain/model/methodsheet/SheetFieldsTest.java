// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.methodsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.essaim.node.domain.shared.DomainRuleViolation;
import org.essaim.node.domain.shared.Visibility;
import org.junit.jupiter.api.Test;

/** The rules of {@link SheetText} and {@link SheetDescription}. */
class SheetFieldsTest {

  @Test
  void textIsStrippedAndLineEndingsNormalised() {
    SheetText text = new SheetText("  Titre ", " ", "Ligne 1\r\nLigne 2\r\n");
    assertThat(text.title()).isEqualTo("Titre");
    assertThat(text.summary()).isNull();
    assertThat(text.bodyMarkdown()).isEqualTo("Ligne 1\nLigne 2");
    assertThat(text).isEqualTo(new SheetText("Titre", null, "Ligne 1\nLigne 2"));
  }

  @Test
  void titleAndBodyAreRequiredAndBounded() {
    assertField(() -> new SheetText(" ", null, "x"), "title");
    assertField(() -> new SheetText("x".repeat(201), null, "x"), "title");
    assertField(() -> new SheetText("T", "s".repeat(1001), "x"), "summary");
    assertField(() -> new SheetText("T", null, "\n"), "bodyMarkdown");
    assertField(() -> new SheetText("T", null, "b".repeat(200_001)), "bodyMarkdown");
    assertThat(new SheetText("T", null, "b".repeat(200_000)).bodyMarkdown()).hasSize(200_000);
  }

  @Test
  void descriptionDefaults() {
    SheetDescription d =
        new SheetDescription(List.of(MethodStep.SUPPORT), null, null, null, null, null, null);
    assertThat(d.audience()).isEqualTo(Audience.NETWORK);
    assertThat(d.licence()).isEqualTo(Licence.DEFAULT);
    assertThat(d.visibility()).as("the node's default, put by the application").isNull();
    assertThat(d.withDefaultVisibility(Visibility.PUBLIC).visibility())
        .isEqualTo(Visibility.PUBLIC);
    assertThat(d.contributingTerritories()).isEmpty();
    assertThat(d.themes()).isEmpty();
    assertThat(d.referentTerritory()).isNull();
    assertThat(d.withReferent("Jura").referentTerritory()).isEqualTo("Jura");
    SheetDescription other = d.withReferent("Jura");
    assertThat(other.withReferent("Creuse").referentTerritory()).isEqualTo("Jura");
  }

  @Test
  void atLeastOneStepOfTheMethod() {
    assertField(
        () -> new SheetDescription(List.of(), "Jura", null, null, null, null, null), "methodSteps");
    assertField(
        () -> new SheetDescription(null, "Jura", null, null, null, null, null), "methodSteps");
    SheetDescription d =
        new SheetDescription(
            List.of(MethodStep.IDEATE, MethodStep.IDEATE, MethodStep.IMPACT),
            "Jura",
            List.of(" Le Mans ", "Le Mans", "Creuse"),
            Audience.PROMO,
            null,
            List.of("food", " food ", "mobility"),
            Visibility.PUBLIC);
    assertThat(d.methodSteps()).containsExactly(MethodStep.IDEATE, MethodStep.IMPACT);
    assertThat(d.contributingTerritories()).containsExactly("Le Mans", "Creuse");
    assertThat(d.themes()).containsExactly("food", "mobility");
  }

  @Test
  void territoriesAreNamedAndBounded() {
    List<MethodStep> steps = List.of(MethodStep.CORE_TEAM);
    assertField(
        () -> new SheetDescription(steps, "x".repeat(201), null, null, null, null, null),
        "referentTerritory");
    assertField(
        () ->
            new SheetDescription(
                steps, "Jura", Arrays.asList("Creuse", " "), null, null, null, null),
        "contributingTerritories[1]");
    assertField(
        () ->
            new SheetDescription(
                steps, "Jura", List.of("Creuse", "y".repeat(201)), null, null, null, null),
        "contributingTerritories[1]");
    List<String> many = java.util.stream.IntStream.range(0, 51).mapToObj(i -> "T" + i).toList();
    assertField(
        () -> new SheetDescription(steps, "Jura", many, null, null, null, null),
        "contributingTerritories");
  }

  static void assertField(Runnable build, String field) {
    assertThatThrownBy(build::run)
        .isInstanceOf(DomainRuleViolation.class)
        .extracting(e -> ((DomainRuleViolation) e).field())
        .isEqualTo(field);
  }
}
