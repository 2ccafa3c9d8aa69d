// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.essaim.node.domain.model.campaign.CampaignDescription;
import org.essaim.node.interfaces.web.Choice;
import org.essaim.node.interfaces.web.WebTemplates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The campaign form's wording of the domain's rules, and its two pages. */
class CampaignFormTest {

  private static Map<String, List<String>> valid() {
    Map<String, List<String>> form = new HashMap<>();
    form.put("name", List.of(" Crépîte 2024 "));
    form.put("localBrandName", List.of("Crépîte"));
    form.put("subTerritory", List.of(""));
    form.put("startDate", List.of("2024-03-01"));
    form.put("endDate", List.of(""));
    return form;
  }

  @Test
  void aValidFormMakesTheDescription() {
    CampaignDescription d =
        CampaignForm.read(FormRequest.of(valid())).validate(Locale.FRENCH).orElseThrow();
    assertThat(d.name()).isEqualTo("Crépîte 2024");
    assertThat(d.subTerritory()).isNull();
    assertThat(d.startDate()).isEqualTo(LocalDate.of(2024, 3, 1));
    assertThat(d.endDate()).isNull();
  }

  @Test
  void everyWrongFieldGetsItsOwnError() {
    Map<String, List<String>> values = valid();
    values.put("name", List.of("  "));
    values.put("localBrandName", List.of("x".repeat(CampaignDescription.MAX_LENGTH + 1)));
    values.put("startDate", List.of("1er mars"));
    CampaignForm form = CampaignForm.read(FormRequest.of(values));
    assertThat(form.validate(Locale.FRENCH)).isEmpty();
    assertThat(form.errors()).containsOnlyKeys("name", "localBrandName", "startDate");
    assertThat(form.errors().get("startDate")).isEqualTo("Écrivez une date comme 2024-03-01.");
    assertThat(form.values().get("startDate")).as("kept as typed").isEqualTo("1er mars");
  }

  @Test
  void theEndMayNotComeBeforeTheStartAndTheStartIsRequired() {
    Map<String, List<String>> values = valid();
    values.put("endDate", List.of("2024-02-28"));
    CampaignForm backwards = CampaignForm.read(FormRequest.of(values));
    assertThat(backwards.validate(Locale.ENGLISH)).isEmpty();
    assertThat(backwards.errors())
        .containsExactly(Map.entry("endDate", "The last day cannot come before the first."));

    values = valid();
    values.remove("startDate");
    CampaignForm noStart = CampaignForm.read(FormRequest.of(values));
    assertThat(noStart.validate(Locale.FRENCH)).isEmpty();
    assertThat(noStart.errors()).containsOnlyKeys("startDate");
  }

  private static String render(String template, String lang, Map<String, Object> page) {
    Map<String, Object> model = new HashMap<>(page);
    model.put("lang", lang);
    model.put("otherLang", lang.equals("fr") ? "en" : "fr");
    model.put("here", "/team/campaigns");
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
    TeamCampaignsServlet.TeamCampaign campaign =
        new TeamCampaignsServlet.TeamCampaign(
            4,
            2,
            "Crépîte <2024>",
            "Crépîte",
            null,
            "du 1 mars 2024",
            "en préparation",
            List.of(new Choice("COLLECTING_DREAMS", "Ouvrir la collecte des rêves", false)));
    String list =
        render(
            "team-campaigns",
            lang,
            Map.of("campaigns", List.of(campaign), "page", 1, "pages", 1L, "notice", "Fait"));
    assertThat(list).doesNotContain("??").contains("<html lang=\"" + lang + "\"");
    assertThat(list).contains("Crépîte &lt;2024&gt;", "value=\"COLLECTING_DREAMS\"");

    CampaignForm form = CampaignForm.read(FormRequest.of(Map.of("startDate", List.of("hier"))));
    form.validate(Locale.forLanguageTag(lang));
    String page =
        render(
            "team-campaign-form",
            lang,
            Map.of("values", form.values(), "errors", form.errors(), "creating", true));
    assertThat(page).doesNotContain("??");
    assertThat(page).contains("id=\"startDate-error\"", "value=\"hier\"", "aria-invalid=\"true\"");
    assertThat(page).contains("action=\"/team/campaigns/new\"");
  }
}
