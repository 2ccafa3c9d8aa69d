// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.essaim.node.interfaces.web.challenge.ChallengeItem;
import org.essaim.node.interfaces.web.event.EventItem;
import org.essaim.node.interfaces.web.home.HomeServlet;
import org.essaim.node.interfaces.web.project.ProjectItem;
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
    pages.put("project", Map.of("project", project));
    pages.put("dream-thanks", Map.of());
    pages.put("login", Map.of("csrf", "tok", "username", "", "next", "/team"));
    pages.put("team", Map.of("pending", List.of(), "pendingCount", 0L));
    pages.put("error", Map.of("status", 404));
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
}
