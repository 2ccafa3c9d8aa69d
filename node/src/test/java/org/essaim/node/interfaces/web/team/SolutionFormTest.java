// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.essaim.node.application.FieldError;
import org.essaim.node.domain.model.solution.TransferMode;
import org.essaim.node.domain.model.solution.TransferableSolutionDescription;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.infrastructure.taxonomy.TaxonomyCatalog;
import org.essaim.node.interfaces.web.Choice;
import org.essaim.node.interfaces.web.WebTemplates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The transferable-solution form's wording of the domain's and the service's rules. */
class SolutionFormTest {

  private static final Taxonomy TAXONOMY = new TaxonomyCatalog().taxonomy();

  private static Map<String, List<String>> valid() {
    Map<String, List<String>> form = new HashMap<>();
    form.put("projectId", List.of("12"));
    form.put("problemAddressed", List.of("Pas de commerce au village"));
    form.put("themes", List.of("mobility"));
    form.put("keySuccessFactors", List.of("Une équipe bénévole\r\n\r\n  Un local prêté  \n"));
    form.put("transferMode", List.of("OPEN_METHOD"));
    form.put("costsMin", List.of("10 000"));
    form.put("costsMax", List.of("12000,50"));
    form.put("contactOrganizationId", List.of("3"));
    return form;
  }

  @Test
  void aValidFormMakesTheDescriptionWithOneLinePerItem() {
    SolutionForm form = SolutionForm.read(FormRequest.of(valid()));
    TransferableSolutionDescription d = form.validate(TAXONOMY, Locale.FRENCH).orElseThrow();
    assertThat(form.projectId()).isEqualTo(12);
    assertThat(d.title()).as("the service titles it after the project").isNull();
    assertThat(d.keySuccessFactors()).containsExactly("Une équipe bénévole", "Un local prêté");
    assertThat(d.watchPoints()).isEmpty();
    assertThat(d.transferMode()).isEqualTo(TransferMode.OPEN_METHOD);
    assertThat(d.costs().minEur()).isEqualByComparingTo(new BigDecimal("10000"));
    assertThat(d.costs().maxEur()).isEqualByComparingTo(new BigDecimal("12000.50"));
    assertThat(d.contactOrganizationId()).isEqualTo(3L);
    assertThat(d.visibility()).isNull();
  }

  @Test
  void wrongValuesAreRefusedFieldByField() {
    Map<String, List<String>> values = valid();
    values.put("transferMode", List.of("TELEPORT"));
    values.put("costsMin", List.of("dix mille"));
    values.put("contactOrganizationId", List.of(""));
    values.put("themes", List.of("nope"));
    values.put("watchPoints", List.of("x\n".repeat(TransferableSolutionDescription.MAX_ITEMS + 1)));
    values.put("visibility", List.of("EVERYONE"));
    SolutionForm form = SolutionForm.read(FormRequest.of(values));
    assertThat(form.validate(TAXONOMY, Locale.FRENCH)).isEmpty();
    assertThat(form.errors())
        .containsOnlyKeys(
            "transferMode",
            "costsMin",
            "contactOrganizationId",
            "themes",
            "watchPoints",
            "visibility");
    assertThat(form.errors().get("costsMin"))
        .isEqualTo("Écrivez un montant en euros, comme 12000 ou 12000,50.");
  }

  @Test
  void theDomainAndServiceRefusalsLandOnTheirFields() {
    Map<String, List<String>> values = valid();
    values.put("costsMin", List.of("500"));
    values.put("costsMax", List.of("100"));
    SolutionForm backwards = SolutionForm.read(FormRequest.of(values));
    assertThat(backwards.validate(TAXONOMY, Locale.ENGLISH)).isEmpty();
    assertThat(backwards.errors())
        .containsExactly(Map.entry("costsMax", "The higher amount cannot be below the lower one."));

    SolutionForm unknown = SolutionForm.read(FormRequest.of(valid()));
    unknown.refusedBy(
        List.of(
            new FieldError("projectId", "there is no project 12"),
            new FieldError("contactOrganizationId", "there is no organisation 3")),
        Locale.FRENCH);
    assertThat(unknown.errors())
        .containsEntry("projectId", "Choisissez le projet d'où vient la solution.")
        .containsEntry("contactOrganizationId", "Choisissez la structure à contacter.");
  }

  private static String render(String template, String lang, Map<String, Object> page) {
    Map<String, Object> model = new HashMap<>(page);
    model.put("lang", lang);
    model.put("otherLang", lang.equals("fr") ? "en" : "fr");
    model.put("here", "/team/solutions");
    model.put("user", "equipe");
    model.put("csrf", "tok");
    model.put("team", true);
    model.put("admin", false);
    model.put("territoryName", "Lunéville");
    model.put("siteName", "Crépîte");
    model.put("section", "team");
    StringWriter out = new StringWriter();
    new WebTemplates().render(template, Locale.forLanguageTag(lang), model, out);
    return out.toString();
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "en"})
  void bothPagesRenderWithTheirTextsAndErrorsNextToTheFields(String lang) {
    TeamSolutionsServlet.TeamSolution solution =
        new TeamSolutionsServlet.TeamSolution(
            5,
            1,
            "L'épicerie <mobile>",
            "brouillon",
            "méthode ouverte",
            "Le réseau",
            true,
            List.of(new Choice("PUBLISHED", "Publier", false)));
    String list =
        render(
            "team-solutions",
            lang,
            Map.of("solutions", List.of(solution), "page", 1, "pages", 1L, "notice", "Fait"));
    assertThat(list).doesNotContain("??").contains("<html lang=\"" + lang + "\"");
    assertThat(list).contains("L&#39;épicerie &lt;mobile&gt;", "/team/solutions/5/delete");

    Map<String, List<String>> values = valid();
    values.put("costsMin", List.of("beaucoup"));
    SolutionForm form = SolutionForm.read(FormRequest.of(values));
    form.validate(TAXONOMY, Locale.forLanguageTag(lang));
    Map<String, Object> page = new HashMap<>();
    page.put("values", form.values());
    page.put("errors", form.errors());
    page.put("creating", false);
    page.put("solutionId", 5L);
    page.put("version", 1L);
    page.put("status", "brouillon");
    page.put(
        "replications",
        List.of(new TeamSolutionsServlet.ReplicationItem("Pays de Lons", "intéressé", null)));
    page.put("themes", List.of(new Choice("mobility", "Se déplacer", true)));
    page.put("modes", List.of(new Choice("OPEN_METHOD", "méthode ouverte", true)));
    page.put("organizations", List.of(new Choice("3", "Crépîte SCIC", true)));
    page.put("visibilities", List.of(new Choice("PUBLIC", "Tout le monde", false)));
    String html = render("team-solution-form", lang, page);
    assertThat(html).doesNotContain("??");
    assertThat(html)
        .contains("id=\"costsMin-error\"", "value=\"beaucoup\"", "aria-invalid=\"true\"")
        .contains("Une équipe bénévole", "Pays de Lons", "action=\"/team/solutions/5\"");
  }
}
