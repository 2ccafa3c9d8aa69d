// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.essaim.node.domain.model.organization.OrganizationProfile;
import org.essaim.node.domain.model.partner.ContributionKind;
import org.essaim.node.domain.model.partner.PartnerTerms;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.infrastructure.taxonomy.TaxonomyCatalog;
import org.essaim.node.interfaces.web.Choice;
import org.essaim.node.interfaces.web.WebTemplates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The organisation and partnership forms: the profile's rules in words, contribution rows. */
class OrganizationFormTest {

  private static final Taxonomy TAXONOMY = new TaxonomyCatalog().taxonomy();

  private static Map<String, List<String>> valid() {
    Map<String, List<String>> form = new HashMap<>();
    form.put("name", List.of("Crépîte SCIC"));
    form.put("legalForm", List.of("scic"));
    form.put("roles", List.of("ptce", "incubator"));
    form.put("foundedYear", List.of("2017"));
    form.put("city", List.of("Lunéville"));
    form.put("siren", List.of("823 456 789"));
    return form;
  }

  @Test
  void aValidFormMakesTheProfileWithItsAddress() {
    OrganizationProfile p =
        OrganizationForm.read(FormRequest.of(valid()))
            .validate(TAXONOMY, Locale.FRENCH)
            .orElseThrow();
    assertThat(p.roles()).containsExactly("ptce", "incubator");
    assertThat(p.foundedYear()).isEqualTo(2017);
    assertThat(p.address().city()).isEqualTo("Lunéville");
    assertThat(p.siren()).isEqualTo("823456789");

    Map<String, List<String>> noAddress = valid();
    noAddress.remove("city");
    assertThat(
            OrganizationForm.read(FormRequest.of(noAddress))
                .validate(TAXONOMY, Locale.FRENCH)
                .orElseThrow()
                .address())
        .isNull();
  }

  @Test
  void wrongValuesAreSaidNextToTheirFields() {
    Map<String, List<String>> values = valid();
    values.put("name", List.of(""));
    values.put("legalForm", List.of("pirates"));
    values.put("foundedYear", List.of("l'an dernier"));
    OrganizationForm form = OrganizationForm.read(FormRequest.of(values));
    assertThat(form.validate(TAXONOMY, Locale.FRENCH)).isEmpty();
    assertThat(form.errors()).containsOnlyKeys("name", "legalForm", "foundedYear");

    values = valid();
    values.put("siren", List.of("12345"));
    values.put("city", List.of(""));
    values.put("street", List.of("1 rue des Halles"));
    OrganizationForm domain = OrganizationForm.read(FormRequest.of(values));
    assertThat(domain.validate(TAXONOMY, Locale.ENGLISH)).isEmpty();
    assertThat(domain.errors()).hasSize(1).containsKey("city");
  }

  @Test
  void contributionRowsSkipEmptyOnesAndNameAnIncompleteOne() {
    Map<String, List<String>> values = new HashMap<>();
    values.put("inCircle", List.of("on"));
    values.put("circleSince", List.of("2023-09-01"));
    values.put("contributionKind", List.of("MONEY", "", "PREMISES"));
    values.put("contributionDescription", List.of("Subvention", "", "Une salle"));
    values.put("contributionAmount", List.of("1 500,50", "", ""));
    values.put("contributionYear", List.of("2024", "", ""));
    PartnerTerms terms =
        PartnerForm.read(FormRequest.of(values)).validate(7, Locale.FRENCH).orElseThrow();
    assertThat(terms.inCircle()).isTrue();
    assertThat(terms.contributions()).hasSize(2);
    assertThat(terms.contributions().get(0).kind()).isEqualTo(ContributionKind.MONEY);
    assertThat(terms.contributions().get(0).amountEur())
        .isEqualByComparingTo(new BigDecimal("1500.50"));

    values.put("contributionKind", List.of("MONEY", "", ""));
    values.put("contributionDescription", List.of("Subvention", "", "Une salle"));
    values.remove("inCircle");
    PartnerForm wrong = PartnerForm.read(FormRequest.of(values));
    assertThat(wrong.validate(7, Locale.FRENCH)).isEmpty();
    assertThat(wrong.errors()).containsOnlyKeys("circleSince", "contributions");
    assertThat(wrong.errors().get("contributions")).startsWith("L'apport 3 est incomplet");
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "en"})
  void theOrganisationPageRendersWithItsPartnershipForm(String lang) {
    OrganizationForm form = OrganizationForm.read(FormRequest.of(valid()));
    PartnerForm partner = PartnerForm.blank();
    Map<String, Object> model = new HashMap<>();
    model.put("lang", lang);
    model.put("otherLang", lang.equals("fr") ? "en" : "fr");
    model.put("here", "/team/organizations/7");
    model.put("user", "equipe");
    model.put("csrf", "tok");
    model.put("team", true);
    model.put("admin", false);
    model.put("territoryName", "Lunéville");
    model.put("siteName", "Crépîte");
    model.put("section", "team");
    model.put("values", form.values());
    model.put("errors", Map.of("siren", "Le SIREN a exactement neuf chiffres."));
    model.put("creating", false);
    model.put("organizationId", 7L);
    model.put("version", 2L);
    model.put("isPartner", false);
    model.put("partnerVersion", 0L);
    model.put("partner", partner);
    model.put("partnerErrors", partner.errors());
    model.put("kinds", List.of(new Choice("MONEY", "financement", false)));
    model.put("legalForms", List.of(new Choice("scic", "SCIC", true)));
    model.put("roles", List.of(new Choice("ptce", "PTCE", true)));
    model.put("visibilities", List.of(new Choice("PUBLIC", "Tout le monde", false)));
    StringWriter out = new StringWriter();
    new WebTemplates().render("team-organization-form", Locale.forLanguageTag(lang), model, out);
    String html = out.toString();
    assertThat(html).doesNotContain("??").contains("<html lang=\"" + lang + "\"");
    assertThat(html)
        .contains("id=\"siren-error\"", "/team/organizations/7/partner", "id=\"kind-2\"");
    assertThat(html).doesNotContain("/partner/delete");
  }
}
