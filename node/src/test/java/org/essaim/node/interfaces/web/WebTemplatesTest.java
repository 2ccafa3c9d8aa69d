// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.essaim.node.interfaces.rest.search.SearchHitDocument;
import org.essaim.node.interfaces.web.challenge.ChallengeItem;
import org.essaim.node.interfaces.web.event.EventItem;
import org.essaim.node.interfaces.web.home.HomeServlet;
import org.essaim.node.interfaces.web.network.NetworkCopiesServlet;
import org.essaim.node.interfaces.web.network.SearchPageItems;
import org.essaim.node.interfaces.web.project.ProjectItem;
import org.essaim.node.interfaces.web.project.SimilarProject;
import org.essaim.node.interfaces.web.team.LineDiff;
import org.essaim.node.interfaces.web.team.TeamChallengesServlet;
import org.essaim.node.interfaces.web.team.TeamContributionsServlet;
import org.essaim.node.interfaces.web.team.TeamDreamsServlet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every template renders in both languages, escapes what it is given, and misses no text. */
class WebTemplatesTest {

  private final WebTemplates templates = new WebTemplates();

  private static Map<String, Object> common(String lang) {
    Map<String, Object> model = new HashMap<>();
    model.put("lang", lang);
    model.put("otherLang", lang.equals("fr") ? "en" : "fr");
    model.put("here", "/events?page=2");
    model.put("user", null);
    model.put("team", false);
    model.put("territoryName", "Lons <Agglo>");
    model.put("siteName", "Crépîte");
    model.put("section", "home");
    return model;
  }

  private String render(String template, String lang, Map<String, Object> page) {
    Map<String, Object> model = common(lang);
    model.putAll(page);
    StringWriter out = new StringWriter();
    templates.render(template, Locale.forLanguageTag(lang), model, out);
    return out.toString();
  }

  private static final EventItem EVENT =
      new EventItem(
          7,
          "Soirée <des> idées",
          "Atelier",
          "samedi 8 juin 2024, 18:30",
          "samedi 8 juin 2024, 21:00",
          "Salle des fêtes, Lons",
          null,
          "Venez nombreux",
          List.of("Mobilité"));

  private Map<String, Map<String, Object>> pages() {
    Map<String, Map<String, Object>> pages = new LinkedHashMap<>();
    pages.put(
        "home",
        Map.of(
            "campaign",
            new HomeServlet.CampaignItem("Crépîte 2024", "Crépîte", "en cours", "1 juin", true),
            "figures",
            List.of(new HomeServlet.Figure("rêves reçus", "12")),
            "events",
            List.of(EVENT)));
    pages.put("events", Map.of("events", List.of(EVENT), "page", 1, "pages", 2L));
    pages.put("event", Map.of("event", EVENT));
    ChallengeItem challenge =
        new ChallengeItem(3, "Se déplacer", "Sans voiture", "relevé", List.of(), List.of("Un bus"));
    pages.put("challenges", Map.of("challenges", List.of(challenge), "page", 1, "pages", 1L));
    pages.put("challenge", Map.of("challenge", challenge));
    ProjectItem project =
        new ProjectItem(4, "Vélo", "Atelier", null, "Idée", "actif", "Lons", List.of(), false);
    pages.put("projects", Map.of("projects", List.of(project), "page", 1, "pages", 1L));
    pages.put(
        "project",
        Map.of(
            "project",
            project,
            "fundings",
            List.of("Fonds social européen · 1 500,00 €"),
            "organizations",
            List.of("Ville de Lons (structure porteuse)"),
            "similar",
            List.of(
                new SimilarProject(
                    "Vélo <libre>",
                    "https://b.example/p/1",
                    null,
                    "Vierzon",
                    "https://b.example/",
                    false,
                    "Mobilité, vélo"))));
    pages.put(
        "team-dreams",
        Map.of(
            "csrf",
            "tok",
            "total",
            1L,
            "page",
            1,
            "pages",
            1L,
            "dreams",
            List.of(
                new TeamDreamsServlet.Queued(
                    5,
                    0,
                    "Un <b>bus</b>",
                    List.of("Mobilité"),
                    "Habitant",
                    "1 juin 2026",
                    List.of(new TeamDreamsServlet.Resembling(6, "Un car", "publié"))))));
    Map<String, Object> grouping = new HashMap<>();
    grouping.put("csrf", "tok");
    grouping.put(
        "form",
        new TeamChallengesServlet.GroupingForm(
            java.util.Set.of(5L), "3", "", "", null, false, false));
    grouping.put("errors", Map.of("dreams", "Cochez au moins un rêve."));
    grouping.put("targets", List.of(new Choice("3", "Se déplacer (brouillon)", true)));
    grouping.put("chosenTitle", "Se déplacer");
    grouping.put(
        "suggested",
        List.of(new TeamChallengesServlet.Groupable(5, "Un bus", "Mobilité", true, "40 %")));
    grouping.put(
        "published", List.of(new TeamChallengesServlet.Groupable(7, "Un vélo", "", false, null)));
    grouping.put("visibilities", List.of(new Choice("PUBLIC", "Tout le monde", false)));
    pages.put("team-grouping", grouping);
    pages.put(
        "team-challenges",
        Map.of(
            "csrf",
            "tok",
            "page",
            1,
            "pages",
            1L,
            "notice",
            "Fait",
            "challenges",
            List.of(
                new TeamChallengesServlet.TeamChallenge(
                    3,
                    2,
                    "Se déplacer",
                    "brouillon",
                    1,
                    List.of(new Choice("ABANDONED", "Abandonner", false))))));
    Map<String, Object> search = new HashMap<>();
    search.put("q", "jardni");
    search.put("recent", false);
    search.put("searched", true);
    search.put("total", 1L);
    search.put("someWordsOnly", true);
    search.put("corrected", "jardin");
    search.put(
        "hits",
        List.of(
            new SearchPageItems.Hit(
                "Jardins <partagés>",
                "https://b.example/p/1",
                false,
                "Projet",
                "Résumé",
                SearchHitDocument.snippet("Des \u0002jardins\u0003 <script>"),
                "Vierzon",
                "https://b.example/",
                "Centre-Val de Loire",
                List.of("Alimentation"))));
    search.put(
        "facets",
        List.of(
            new SearchPageItems.Facet(
                "kind",
                "Type",
                List.of(
                    new SearchPageItems.FacetValue("Projet", 1, true, "/network/search?q=x")))));
    search.put(
        "active", List.of(new SearchPageItems.ActiveFilter("Type", "Projet", "/network/search")));
    search.put(
        "sorts", List.of(new SearchPageItems.SortChoice("pertinence", "/network/search", true)));
    search.put("filters", List.of());
    search.put("page", 1);
    search.put("pages", 2L);
    search.put("previous", null);
    search.put("next", "/network/search?q=jardni&page=2");
    pages.put("network-search", search);
    pages.put("dream-thanks", Map.of());
    pages.put("login", Map.of("csrf", "tok", "username", "", "next", "/team"));
    pages.put("team", Map.of("pending", List.of(), "pendingCount", 0L, "contributionsPending", 2L));
    NetworkCopiesServlet.CopyItem copy =
        new NetworkCopiesServlet.CopyItem(
            12,
            "Fiche <atelier>",
            "Résumé",
            "Fiche méthode",
            "Miramas",
            "https://b.example/",
            "https://b.example/fiches/3",
            "2 nov. 2026",
            true,
            List.of("Mobilité"));
    pages.put(
        "network-copies",
        Map.of(
            "copies",
            List.of(copy),
            "total",
            1L,
            "kind",
            "METHOD_SHEET",
            "kindLabel",
            "Fiches méthode",
            "tabs",
            List.of(new NetworkCopiesServlet.KindTab("Fiches", "/network/shared", true)),
            "signedIn",
            false,
            "page",
            1,
            "pages",
            2L));
    Map<String, Object> copyPage = new HashMap<>();
    copyPage.put("copy", copy);
    copyPage.put("kind", "METHOD_SHEET");
    copyPage.put(
        "paragraphs",
        List.of(
            new NetworkCopiesServlet.Paragraph("Préparer", true),
            new NetworkCopiesServlet.Paragraph("Un <b>paragraphe</b>", false)));
    copyPage.put("exchanging", true);
    copyPage.put("sheet", true);
    copyPage.put("solution", true);
    copyPage.put("admin", true);
    copyPage.put("csrf", "tok");
    copyPage.put("amendContent", "Texte");
    copyPage.put("errors", Map.of("replyContent", "Écrivez un texte.", "amendForm", "Bloqué"));
    pages.put("network-copy", copyPage);
    pages.put(
        "team-contributions",
        Map.of(
            "csrf", "tok",
            "pendingCount", 1L,
            "pending",
                List.of(
                    new TeamContributionsServlet.Contribution(
                        5,
                        "Amélioration proposée",
                        true,
                        false,
                        "en attente",
                        true,
                        false,
                        "Grenoble",
                        "Fiche",
                        "/team/sheets/3/versions",
                        "1 juin 2026, 10:00",
                        "Une <conclusion>",
                        "a\nc",
                        LineDiff.of("a\nb", "a\nc"))),
            "replies",
                List.of(
                    new TeamContributionsServlet.Contribution(
                        6,
                        "Réponse",
                        false,
                        true,
                        "masquée",
                        false,
                        true,
                        "Grenoble",
                        "Fiche",
                        "/team/sheets/3/versions",
                        "1 juin 2026, 10:00",
                        null,
                        "Merci <b>!</b>",
                        List.of())),
            "sent",
                List.of(
                    new TeamContributionsServlet.Sent(
                        7, "Réponse", "envoyé", "Miramas", "/network/shared/12", "1 juin"))));
    pages.put("error", Map.of("status", 404));
    pages.put(
        "partners",
        Map.of(
            "circle",
            List.of(
                new org.essaim.node.interfaces.web.partner.PartnerPagesServlet.PartnerItem(
                    "Ville <de> Lons",
                    "VL",
                    List.of("Financeur"),
                    "https://lons.example",
                    "1 juin")),
            "others",
            List.of()));
    Map<String, Object> eventForm = new HashMap<>();
    eventForm.put("csrf", "tok");
    eventForm.put("creating", true);
    eventForm.put("partValues", Map.of("event-title", "Soirée <b>"));
    eventForm.put("partErrors", Map.of("event-endsAt", "La fin vient après le début."));
    eventForm.put("typeChoices", List.of(new Choice("WORKSHOP", "Atelier", false)));
    eventForm.put("formatChoices", List.of());
    eventForm.put("visibilityChoices", List.of());
    eventForm.put("campaignChoices", List.of());
    eventForm.put("themeChoices", List.of(new Choice("mobility", "Mobilité", true)));
    pages.put("team-event-form", eventForm);
    return pages;
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "en"})
  void everyPageRendersWithLandmarksAndNoMissingText(String lang) {
    pages()
        .forEach(
            (template, page) -> {
              String html = render(template, lang, page);
              assertThat(html).as(template).doesNotContain("??");
              assertThat(html).as(template).contains("<html lang=\"" + lang + "\"");
              assertThat(html)
                  .as(template)
                  .contains("<header", "<nav", "<main id=\"main\"", "<footer", "href=\"#main\"");
              assertThat(html).as(template).doesNotContain("<script");
            });
  }

  @Test
  void valuesAreEscaped() {
    String html = render("home", "fr", pages().get("home"));
    assertThat(html).contains("Lons &lt;Agglo&gt;").doesNotContain("Lons <Agglo>");
    assertThat(html).contains("Soirée &lt;des&gt; idées");
  }

  @Test
  void searchSnippetsMarkTheWordsAndEscapeTheRest() {
    String html = render("network-search", "fr", pages().get("network-search"));
    assertThat(html).contains("Des <mark>jardins</mark> &lt;script&gt;");
    assertThat(html).doesNotContain("<script");
    assertThat(html).contains("Jardins &lt;partagés&gt;");
    assertThat(html).contains("Résultats pour « jardin »");
    assertThat(html).contains("Aucun résultat avec tous les mots");
    assertThat(html).contains("aria-current=\"true\"");
  }

  @Test
  void theGroupingFormShowsItsErrorNextToTheDreams() {
    String html = render("team-grouping", "fr", pages().get("team-grouping"));
    assertThat(html).contains("<title>Erreur : Regrouper en défi");
    assertThat(html).contains("id=\"dreams-error\"", "Cochez au moins un rêve.");
    assertThat(html).contains("Rêves qui ressemblent au défi « Se déplacer »");
  }

  @Test
  void theLanguageSwitcherLeadsBackToTheSamePage() {
    String html = render("events", "fr", pages().get("events"));
    assertThat(html).contains("href=\"/language?lang=en&amp;back=/events?page%3D2\"");
    assertThat(html).contains("English");
  }

  @Test
  void bothLanguagesHaveTheSameTexts() {
    assertThat(WebMessages.all(Locale.ENGLISH).keySet())
        .containsExactlyInAnyOrderElementsOf(WebMessages.all(Locale.FRENCH).keySet());
  }

  @Test
  void redirectsOnlyLeadToPathsOfThisSite() {
    assertThat(WebPage.localPath("/events?page=2", "/")).isEqualTo("/events?page=2");
    assertThat(WebPage.localPath("//evil.example/x", "/")).isEqualTo("/");
    assertThat(WebPage.localPath("/\\evil.example", "/")).isEqualTo("/");
    assertThat(WebPage.localPath("https://evil.example/", "/")).isEqualTo("/");
    assertThat(WebPage.localPath("/a\r\nSet-Cookie: x", "/")).isEqualTo("/");
    assertThat(WebPage.localPath(null, "/team")).isEqualTo("/team");
  }

  @Test
  void theEventFormShowsItsErrorNextToItsFieldAndKeepsWhatWasTyped() {
    String html = render("team-event-form", "fr", pages().get("team-event-form"));
    assertThat(html)
        .contains("id=\"event-endsAt-error\"")
        .contains("aria-describedby=\"event-endsAt-error\"")
        .contains("aria-invalid=\"true\"")
        .contains("value=\"Soirée &lt;b&gt;\"")
        .contains("href=\"#event-endsAt\"");
  }
}
