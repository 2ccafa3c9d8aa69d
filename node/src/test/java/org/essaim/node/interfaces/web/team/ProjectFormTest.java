// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.essaim.node.domain.model.project.ProjectDescription;
import org.essaim.node.domain.model.project.ProjectOrigin;
import org.essaim.node.domain.model.project.ProjectStage;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.domain.shared.Visibility;
import org.essaim.node.infrastructure.taxonomy.TaxonomyCatalog;
import org.junit.jupiter.api.Test;

/** The project form's wording of the domain's rules, field by field. */
class ProjectFormTest {

  private static final Taxonomy TAXONOMY = new TaxonomyCatalog().taxonomy();

  private static Map<String, List<String>> valid() {
    Map<String, List<String>> form = new HashMap<>();
    form.put("title", List.of("  Recyclerie du quartier "));
    form.put("stage", List.of("emergence"));
    form.put("origin", List.of("ACCELERATED_EXISTING"));
    form.put("themes", List.of("mobility"));
    form.put("visibility", List.of("PUBLIC"));
    form.put("locationCode", List.of("39300"));
    form.put("locationLabel", List.of("Champagnole"));
    form.put("pepite", List.of("on"));
    return form;
  }

  @Test
  void aValidFormMakesTheDescriptionAndTheStage() {
    ProjectForm form = ProjectForm.read(FormRequest.of(valid()));
    ProjectDescription d = form.validate(TAXONOMY, Locale.FRENCH, true, null).orElseThrow();
    assertThat(form.errors()).isEmpty();
    assertThat(d.title()).isEqualTo("Recyclerie du quartier");
    assertThat(d.origin()).isEqualTo(ProjectOrigin.ACCELERATED_EXISTING);
    assertThat(d.visibility()).isEqualTo(Visibility.PUBLIC);
    assertThat(d.location().label()).isEqualTo("Champagnole");
    assertThat(d.pepite()).isTrue();
    assertThat(form.stage()).isEqualTo(ProjectStage.EMERGENCE);
  }

  @Test
  void eachWrongFieldGetsItsOwnMessage() {
    Map<String, List<String>> values = valid();
    values.put("title", List.of("   "));
    values.put("stage", List.of("moon"));
    values.put("origin", List.of("FROM_CHALLENGE"));
    values.put("themes", List.of("mobility", "not-a-theme"));
    values.put("supportModes", List.of("nope"));
    values.put("legalForm", List.of("nope"));
    values.put("visibility", List.of("EVERYONE"));
    values.put("locationCode", List.of("123"));
    ProjectForm form = ProjectForm.read(FormRequest.of(values));
    assertThat(form.validate(TAXONOMY, Locale.FRENCH, true, null)).isEmpty();
    assertThat(form.errors())
        .containsOnlyKeys(
            "title",
            "stage",
            "originChallengeId",
            "themes",
            "supportModes",
            "legalForm",
            "visibility",
            "locationCode");
    assertThat(form.errors().get("title")).isEqualTo("Donnez un titre au projet.");
    // What was typed stays, to be shown again.
    assertThat(form.value("locationCode")).isEqualTo("123");
  }

  @Test
  void anOversizedTitleOrATransposedProjectWithoutItsSourceIsRefused() {
    Map<String, List<String>> values = valid();
    values.put("title", List.of("x".repeat(ProjectDescription.MAX_TITLE + 1)));
    values.put("origin", List.of("TRANSPOSED_FROM"));
    ProjectForm form = ProjectForm.read(FormRequest.of(values));
    assertThat(form.validate(TAXONOMY, Locale.ENGLISH, true, null)).isEmpty();
    assertThat(form.errors()).containsOnlyKeys("title", "originSourceUri");
    assertThat(form.errors().get("title")).isEqualTo("At most 200 characters.");

    // A source address that is no web address: the domain's own rule, on its field.
    values.put("title", List.of("Écopôles"));
    values.put("originSourceUri", List.of("javascript:alert(1)"));
    ProjectForm bad = ProjectForm.read(FormRequest.of(values));
    assertThat(bad.validate(TAXONOMY, Locale.FRENCH, true, null)).isEmpty();
    assertThat(bad.errors()).containsOnlyKeys("originSourceUri");
  }

  @Test
  void aStageIsNotCheckedWhenEditing() {
    Map<String, List<String>> values = valid();
    values.remove("stage");
    ProjectForm form = ProjectForm.read(FormRequest.of(values));
    assertThat(form.validate(TAXONOMY, Locale.FRENCH, false, null)).isPresent();
  }
}
