// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.dream;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.essaim.node.domain.model.consent.ConsentPurpose;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.infrastructure.taxonomy.TaxonomyCatalog;
import org.essaim.node.interfaces.web.Choice;
import org.essaim.node.interfaces.web.WebMessages;
import org.essaim.node.interfaces.web.WebTemplates;
import org.junit.jupiter.api.Test;

/** The dream form's own wording of the domain's rules, and its errors next to their fields. */
class DreamFormTest {

  private static final Taxonomy TAXONOMY = new TaxonomyCatalog().taxonomy();

  @Test
  void anEmptyDreamIsRefusedInTheVisitorsLanguage() {
    DreamForm form = DreamForm.blank();
    assertThat(form.validate(TAXONOMY, Locale.FRENCH)).isEmpty();
    assertThat(form.errors()).containsOnlyKeys("text");
    assertThat(form.errors().get("text")).startsWith("Écrivez votre rêve");

    DreamForm english = DreamForm.blank();
    english.validate(TAXONOMY, Locale.ENGLISH);
    assertThat(english.errors().get("text")).isEqualTo("Write your dream, idea or need.");
  }

  @Test
  void contactNeedsConsentAndAnAddressThatLooksLikeOne() {
    DreamForm noConsent =
        new DreamForm("Un bus", List.of("mobility"), "INHABITANT", "", "a@b.fr", false, "");
    assertThat(noConsent.validate(TAXONOMY, Locale.FRENCH)).isEmpty();
    assertThat(noConsent.errors()).containsOnlyKeys("contactConsent");

    DreamForm bad =
        new DreamForm("Un bus", List.of(), "INHABITANT", "", "pas-une-adresse", true, "");
    assertThat(bad.validate(TAXONOMY, Locale.FRENCH)).isEmpty();
    assertThat(bad.errors()).containsOnlyKeys("contactEmail");

    DreamForm child =
        new DreamForm("Un bus", List.of(), "INHABITANT", "UNDER_15", "a@b.fr", true, "");
    assertThat(child.validate(TAXONOMY, Locale.FRENCH)).isEmpty();
    assertThat(child.errors()).containsOnlyKeys("contactEmail");
  }

  @Test
  void unknownThemesContributorsAndAgeBandsAreRefused() {
    DreamForm form = new DreamForm("Un bus", List.of("nope"), "MARTIAN", "200", "", false, "");
    assertThat(form.validate(TAXONOMY, Locale.FRENCH)).isEmpty();
    assertThat(form.errors()).containsOnlyKeys("themes", "contributorType", "ageBand");
  }

  @Test
  void aValidDreamBecomesASubmission() {
    DreamForm form =
        new DreamForm(
            "  Une épicerie solidaire  ",
            List.of("food"),
            "INHABITANT",
            "26_64",
            "a@b.fr",
            true,
            "");
    var submission = form.validate(TAXONOMY, Locale.FRENCH).orElseThrow();
    assertThat(submission.text()).isEqualTo("Une épicerie solidaire");
    assertThat(submission.themes()).containsExactly("food");
    assertThat(submission.contactConsent()).isTrue();
    assertThat(form.honeypotFilled()).isFalse();
  }

  @Test
  void theConsentBoxShowsTheWordingTheConsentRecordKeeps() {
    assertThat(WebMessages.text(Locale.FRENCH, "dream.consent.label"))
        .isEqualTo(ConsentPurpose.DREAM_CONTACT.wording());
  }

  @Test
  void theFormShowsEachErrorNextToItsFieldAndKeepsWhatWasTyped() {
    DreamForm form =
        new DreamForm("<b>mon rêve</b>", List.of(), "INHABITANT", "", "pas-une-adresse", true, "");
    form.validate(TAXONOMY, Locale.FRENCH);
    Map<String, Object> model = new HashMap<>();
    model.put("lang", "fr");
    model.put("otherLang", "en");
    model.put("here", "/dreams/new");
    model.put("team", false);
    model.put("territoryName", "Lons");
    model.put("siteName", "Crépîte");
    model.put("section", "dream");
    model.put("form", form);
    model.put("errors", form.errors());
    model.put("campaignName", "Crépîte 2024");
    model.put("csrf", "token-123");
    model.put("themes", List.of(new Choice("food", "Se nourrir", false)));
    model.put("contributorTypes", List.of(new Choice("INHABITANT", "Habitant", true)));
    model.put("ageBands", List.of(new Choice("26_64", "26 à 64 ans", false)));
    StringWriter out = new StringWriter();
    new WebTemplates().render("dream-form", Locale.FRENCH, model, out);
    String html = out.toString();

    assertThat(html).contains("<title>Erreur : Partager un rêve – Crépîte</title>");
    assertThat(html).contains("name=\"_csrf\" value=\"token-123\"");
    assertThat(html).contains("id=\"contactEmail-error\"");
    assertThat(html)
        .containsPattern(
            "id=\"contactEmail\"[^>]*aria-describedby=\"contactEmail-error contact-hint\"[^>]*aria-invalid=\"true\"");
    assertThat(html).contains("href=\"#contactEmail\"");
    assertThat(html).contains("&lt;b&gt;mon rêve&lt;/b&gt;</textarea>");
    assertThat(html).contains("value=\"pas-une-adresse\"");
    assertThat(html).contains("Se nourrir");
    assertThat(html).doesNotContain("??");
  }
}
