// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.essaim.node.domain.model.methodsheet.MethodSheet;
import org.essaim.node.domain.model.methodsheet.MethodStep;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.infrastructure.taxonomy.TaxonomyCatalog;
import org.junit.jupiter.api.Test;

/** The method-sheet form's wording of the domain's rules. */
class SheetFormTest {

  private static final Taxonomy TAXONOMY = new TaxonomyCatalog().taxonomy();

  private static Map<String, List<String>> valid() {
    Map<String, List<String>> form = new HashMap<>();
    form.put("title", List.of("Trouver un local"));
    form.put("bodyMarkdown", List.of("## Où chercher\r\n\r\n- la mairie"));
    form.put("methodSteps", List.of("PARTNERS", "SUPPORT"));
    form.put("themes", List.of("mobility"));
    return form;
  }

  @Test
  void aValidFormMakesTheTextAndDescription() {
    SheetForm form = SheetForm.read(FormRequest.of(valid()));
    SheetForm.Input input = form.validate(TAXONOMY, Locale.FRENCH, null).orElseThrow();
    assertThat(input.text().bodyMarkdown()).isEqualTo("## Où chercher\n\n- la mairie");
    assertThat(input.description().methodSteps())
        .containsExactly(MethodStep.SUPPORT, MethodStep.PARTNERS);
    // Empty: the service puts the territory's default.
    assertThat(input.description().visibility()).isNull();
    assertThat(input.changeNote()).isNull();
  }

  @Test
  void missingOrUnknownStepsAndEmptyTextsAreRefused() {
    Map<String, List<String>> values = valid();
    values.put("title", List.of(""));
    values.put("bodyMarkdown", List.of("  "));
    values.put("methodSteps", List.of("PARTNERS", "DANCING"));
    values.put("themes", List.of("nope"));
    values.put("visibility", List.of("ALL"));
    values.put("changeNote", List.of("n".repeat(MethodSheet.MAX_CHANGE_NOTE + 1)));
    SheetForm form = SheetForm.read(FormRequest.of(values));
    assertThat(form.validate(TAXONOMY, Locale.FRENCH, null)).isEmpty();
    assertThat(form.errors())
        .containsOnlyKeys(
            "title", "bodyMarkdown", "methodSteps", "themes", "visibility", "changeNote");
    assertThat(form.errors().get("methodSteps"))
        .isEqualTo("Cochez au moins une étape de la méthode.");

    values = valid();
    values.remove("methodSteps");
    SheetForm none = SheetForm.read(FormRequest.of(values));
    assertThat(none.validate(TAXONOMY, Locale.ENGLISH, null)).isEmpty();
    assertThat(none.errors()).containsOnlyKeys("methodSteps");
  }
}
