// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.essaim.node.interfaces.web.Choice;
import org.essaim.node.interfaces.web.WebTemplates;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The page of a défi's ideas: each idea's next steps, the project choice, the errors. */
class IdeasTemplateTest {

  @ParameterizedTest
  @ValueSource(strings = {"fr", "en"})
  void theIdeasPageOffersEachIdeasNextStepsAndKeepsTheTypedIdea(String lang) {
    Map<String, Object> model = new HashMap<>();
    model.put("lang", lang);
    model.put("otherLang", lang.equals("fr") ? "en" : "fr");
    model.put("here", "/team/ideas/3");
    model.put("user", "equipe");
    model.put("csrf", "tok");
    model.put("team", true);
    model.put("admin", false);
    model.put("territoryName", "Lunéville");
    model.put("siteName", "Crépîte");
    model.put("section", "team");
    model.put("challengeId", 3L);
    model.put("challengeTitle", "Se déplacer <sans voiture>");
    model.put("values", Map.of("title", "Un vélo-bus", "description", ""));
    model.put("errors", Map.of("description", "Dites ce que l'idée propose."));
    model.put(
        "ideas",
        List.of(
            new TeamIdeasServlet.IdeaItem(
                7,
                2,
                "Un minibus partagé",
                "Conduit par des bénévoles",
                "choisie",
                null,
                List.of(new Choice("DROPPED", "Écarter", false)),
                true),
            new TeamIdeasServlet.IdeaItem(
                8, 4, "Le covoiturage", "Une appli", "devenue un projet", 12L, List.of(), false)));
    model.put("projects", List.of(new Choice("12", "Covoit'Lunéville", false)));
    model.put(
        "solutions",
        List.of(
            new org.essaim.node.interfaces.web.project.SimilarProject(
                "Rézo Pouce",
                "/network/objects/4",
                "L'autostop organisé",
                "Pays de Lons",
                "https://lons.example/",
                false,
                "Se déplacer")));
    StringWriter out = new StringWriter();
    new WebTemplates().render("team-ideas", Locale.forLanguageTag(lang), model, out);
    String html = out.toString();
    assertThat(html).doesNotContain("??").contains("<html lang=\"" + lang + "\"");
    assertThat(html).contains("Se déplacer &lt;sans voiture&gt;");
    assertThat(html)
        .contains(
            "action=\"/team/ideas/3/7/state\"", "value=\"BECAME_PROJECT\"", "value=\"DROPPED\"")
        .contains("href=\"/projects/12\"", "Covoit&#39;Lunéville");
    assertThat(html).contains("id=\"description-error\"", "value=\"Un vélo-bus\"");
    assertThat(html)
        .contains("href=\"/network/objects/4\"", "Pays de Lons", "id=\"solutions-title\"");
    assertThat(html).doesNotContain("action=\"/team/ideas/3/8/state\"");
  }
}
