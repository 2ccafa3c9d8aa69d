// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.essaim.node.testsupport.HttpCalls.json;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.essaim.node.testsupport.HttpCalls;
import org.essaim.node.testsupport.NodeProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The demo loader on a real node with {@code essaim.demo.enabled=true}: credentials, refusals that
 * write nothing, then the rich Meurthe-et-Moselle dataset loaded and read back through the API
 * (public reads hide what is private): events and their calendar, method sheets, transferable
 * solutions, collectives of organisations, key figures; then a second load refused.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoDataApiIT {

  private static final String EDITOR = "animateur-demo";
  private static final String EDITOR_PASSWORD = "animateur-demo-secret";
  private static final String PATH = "/api/admin/demo-data";

  static NodeProcess node;

  @BeforeAll
  static void startNode() {
    node = NodeProcess.start("demo-data-api", Map.of("ESSAIM_DEMO_ENABLED", "true"));
    node.createAccount(EDITOR, EDITOR_PASSWORD, "editor");
  }

  @AfterAll
  static void stopNode() {
    if (node != null) {
      node.close();
    }
  }

  @Test
  @Order(1)
  void onlyAnAdministratorLoads() {
    HttpResponse<String> anonymous =
        HttpCalls.send(
            node.http(),
            HttpCalls.request(node.uri(PATH))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"territory\":\"grenoble\"}"))
                .build());
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("WWW-Authenticate")).isPresent();

    HttpResponse<String> editor =
        node.sendJson("POST", PATH, "{\"territory\":\"grenoble\"}", EDITOR, EDITOR_PASSWORD);
    assertThat(editor.statusCode()).isEqualTo(403);
    assertThat(editor.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertNothingLoaded();
  }

  @Test
  @Order(1)
  void theOpenApiDocumentDescribesTheEndpoint() {
    assertThat(node.get("/openapi").body())
        .contains("/api/admin/demo-data")
        .contains("Load a demo dataset into this empty node");
  }

  @Test
  @Order(2)
  void anUnknownOrMissingTerritoryIsAFieldError() {
    HttpResponse<String> unknown =
        node.sendJsonAsAdmin("POST", PATH, "{\"territory\":\"atlantis\"}");
    assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(400);
    assertThat(json(unknown).getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("territory");

    HttpResponse<String> missing = node.sendJsonAsAdmin("POST", PATH, "{}");
    assertThat(missing.statusCode()).isEqualTo(400);
    assertNothingLoaded();
  }

  @Test
  @Order(3)
  void loadsTheRichDatasetThroughTheApi() {
    HttpResponse<String> loaded =
        node.sendJsonAsAdmin("POST", PATH, "{\"territory\":\"meurthe-et-moselle\"}");
    assertThat(loaded.statusCode()).as(loaded.body()).isEqualTo(201);
    JsonObject report = json(loaded);
    assertThat(report.getString("dataset")).isEqualTo("meurthe-et-moselle");
    JsonObject counts = report.getJsonObject("loaded");
    assertThat(counts.getInt("territory")).isEqualTo(1);
    assertThat(counts.getInt("organizations")).isEqualTo(12);
    assertThat(counts.getInt("partners")).isEqualTo(6);
    assertThat(counts.getInt("campaigns")).isEqualTo(3);
    assertThat(counts.getInt("dreams")).isEqualTo(42);
    assertThat(counts.getInt("challenges")).isEqualTo(12);
    assertThat(counts.getInt("projects")).isEqualTo(12);
    assertThat(counts.getInt("solutionIdeas")).isEqualTo(10);
    assertThat(counts.getInt("events")).isEqualTo(15);
    assertThat(counts.getInt("methodSheets")).isEqualTo(4);
    assertThat(counts.getInt("transferableSolutions")).isEqualTo(3);
    assertThat(counts.getInt("replications")).isEqualTo(3);
    assertThat(counts.getInt("collectives")).isEqualTo(3);
    assertThat(counts.getInt("accompaniments")).isEqualTo(4);
    assertThat(report.getJsonObject("skipped")).isEmpty();

    // The territory profile.
    JsonObject territory = json(node.get("/api/territory"));
    assertThat(territory.getString("name")).isEqualTo("Meurthe-et-Moselle");
    assertThat(territory.getString("labelStatus")).isEqualTo("LABELLED");

    // Campaigns, with the states the dataset walked them to.
    JsonObject campaigns = json(node.getAsAdmin("/api/campaigns?size=100"));
    assertThat(campaigns.getJsonNumber("totalItems").longValue()).isEqualTo(3);
    assertThat(strings(campaigns, "state"))
        .containsExactlyInAnyOrder("SUPPORT", "SELECTION", "COLLECTING_DREAMS");

    // Dreams: the team sees all 42; the public, per campaign, only moderated ones.
    assertThat(total(node.getAsAdmin("/api/moderation/dreams?size=100"))).isEqualTo(42);
    long lunevillois =
        campaigns.getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .filter(c -> c.getString("subTerritory", "").equals("Lunévillois"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    assertThat(total(node.get("/api/campaigns/" + lunevillois + "/dreams?size=100")))
        .isEqualTo(9); // 12 dreams, 3 still awaiting moderation

    // Projects: the public sees neither PRIVATE nor NETWORK ones; the team sees all 12.
    assertThat(total(node.getAsAdmin("/api/projects?size=100"))).isEqualTo(12);
    JsonObject publicProjects = json(node.get("/api/projects?size=100"));
    List<String> titles = strings(publicProjects, "title");
    assertThat(titles)
        .hasSize(9)
        .contains("La Ressourcerie du Pays Haut")
        .doesNotContain("Conserverie solidaire (étude)")
        .doesNotContain("Habitat inclusif et services coordonnés à domicile");

    // A public project page: FSE funding line, pépite flag, carrier resolved to an organisation.
    JsonObject mobility =
        publicProjects.getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .filter(p -> p.getString("title").startsWith("Mobilité Solidaire"))
            .findFirst()
            .orElseThrow();
    JsonObject page = json(node.get("/api/projects/" + mobility.getJsonNumber("id").longValue()));
    assertThat(page.getString("stage")).isEqualTo("development");
    assertThat(page.getBoolean("pepite")).isTrue();
    assertThat(page.getJsonArray("fundings").getJsonObject(0).getString("fseCode"))
        .isEqualTo("202003964");
    JsonObject carrier =
        json(
            node.get(
                "/api/organizations/" + page.getJsonNumber("carrierOrganizationId").longValue()));
    assertThat(carrier.getString("name")).isEqualTo("Mobicoop");

    // The private project is a 404 for the public, readable by the team.
    long privateId =
        json(node.getAsAdmin("/api/projects?size=100")).getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .filter(p -> p.getString("visibility").equals("PRIVATE"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    assertThat(node.get("/api/projects/" + privateId).statusCode()).isEqualTo(404);
    assertThat(node.getAsAdmin("/api/projects/" + privateId).statusCode()).isEqualTo(200);

    // Défis: the PRIVATE and DRAFT ones stay with the team.
    assertThat(total(node.getAsAdmin("/api/challenges?size=100"))).isEqualTo(12);
    List<String> publicChallenges = strings(json(node.get("/api/challenges?size=100")), "title");
    assertThat(publicChallenges)
        .contains("Comment réparer et réemployer plutôt que jeter ?")
        .doesNotContain("Comment soulager les aidants et les parents aux horaires décalés ?")
        .doesNotContain("Comment valoriser les productions du Lunévillois ?");

    // Partners: the circle of trusted partners.
    assertThat(total(node.getAsAdmin("/api/partners?inCircle=true&size=100"))).isEqualTo(4);
  }

  @Test
  @Order(4)
  void eventsAreListedWithTheirStatesAndInTheCalendar() {
    JsonObject events = json(node.get("/api/events?size=100"));
    assertThat(events.getJsonNumber("totalItems").longValue()).isEqualTo(15);
    assertThat(strings(events, "state")).containsOnly("HELD", "PLANNED");
    JsonObject villerupt =
        events.getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .filter(e -> e.getString("title").equals("Grande soirée créative du Pays Haut"))
            .findFirst()
            .orElseThrow();
    assertThat(villerupt.getString("state")).isEqualTo("HELD");
    assertThat(villerupt.getBoolean("countsFinal")).isTrue();
    assertThat(villerupt.getJsonObject("counts").getInt("tables")).isEqualTo(23);
    assertThat(villerupt.getString("startsAtUtc")).isEqualTo("2022-06-07T16:30:00Z");
    assertThat(villerupt.getJsonArray("challengeIds")).hasSize(5);
    assertThat(
            events.getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .filter(e -> e.getString("type").equals("DREAM_COLLECTION"))
                .filter(e -> e.getString("state").equals("HELD"))
                .map(e -> e.getJsonObject("counts").getInt("dreamCount")))
        .hasSize(3)
        .allSatisfy(n -> assertThat(n).isPositive());

    // The public feed holds the events to come and those of the last 90 days (computed from
    // today, so the test does not expire when the dataset's planned events pass).
    HttpResponse<String> feed = node.get("/api/events.ics");
    assertThat(feed.statusCode()).isEqualTo(200);
    assertThat(feed.body()).contains("BEGIN:VCALENDAR");
    // Unfolded and unescaped (RFC 5545 §3.1, §3.3.11), so titles compare as written.
    String calendar =
        feed.body()
            .replace("\r\n ", "")
            .replace("\\,", ",")
            .replace("\\;", ";")
            .replace("\\\\", "\\");
    Instant window = Instant.now().minus(Duration.ofDays(90));
    for (JsonObject e : events.getJsonArray("items").getValuesAs(JsonObject.class)) {
      boolean recent = Instant.parse(e.getString("endsAtUtc")).isAfter(window);
      String summary = "SUMMARY:" + e.getString("title");
      if (recent) {
        assertThat(calendar).as(summary).contains(summary + "\r\n");
      } else {
        assertThat(calendar).as(summary).doesNotContain(summary + "\r\n");
      }
    }
    // A past event keeps its own calendar entry.
    HttpResponse<String> one =
        node.get("/api/events/" + villerupt.getJsonNumber("id").longValue() + ".ics");
    assertThat(one.statusCode()).isEqualTo(200);
    assertThat(one.body()).contains("SUMMARY:Grande soirée créative du Pays Haut");
  }

  @Test
  @Order(4)
  void aPublishedMethodSheetIsReadableByThePublicAsSanitisedHtml() {
    JsonObject team = json(node.getAsAdmin("/api/method-sheets?size=100"));
    assertThat(team.getJsonNumber("totalItems").longValue()).isEqualTo(4);
    List<String> publicTitles = strings(json(node.get("/api/method-sheets?size=100")), "title");
    assertThat(publicTitles)
        .contains("Organiser la remontée des rêves", "Conduire la démarche par bassins successifs")
        .doesNotContain(
            "La démarche en 3 temps : mobilisation, action et inspiration, accompagnement");

    long id =
        json(node.get("/api/method-sheets?size=100")).getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .filter(s -> s.getString("title").equals("Organiser la remontée des rêves"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    JsonObject sheet = json(node.get("/api/method-sheets/" + id));
    assertThat(sheet.getString("state")).isEqualTo("PUBLISHED");
    assertThat(sheet.getInt("publishedVersion")).isEqualTo(1);
    assertThat(sheet.getString("bodyHtml"))
        .contains("<h2>La remontée des rêves, première étape</h2>")
        .contains("<ul>", "<li>", "<strong>")
        .contains("href=\"https://startupdeterritoire.fr\"")
        .doesNotContain("<script");
    assertThat(sheet.containsKey("updatedBy") && !sheet.isNull("updatedBy")).isFalse();
  }

  @Test
  @Order(4)
  void publishedTransferableSolutionsWithTheirReplications() {
    JsonObject published = json(node.get("/api/transferable-solutions?size=100"));
    JsonObject mobility =
        published.getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .filter(s -> s.getString("title").equals("Mobilité solidaire en territoire rural"))
            .findFirst()
            .orElseThrow();
    assertThat(mobility.getString("status")).isEqualTo("PUBLISHED");
    assertThat(mobility.getJsonArray("keySuccessFactors")).hasSize(3);
    assertThat(mobility.getJsonArray("watchPoints")).isNotEmpty();
    assertThat(total(node.getAsAdmin("/api/transferable-solutions?size=100"))).isEqualTo(3);

    long id = mobility.getJsonNumber("id").longValue();
    JsonObject replications =
        json(node.getAsAdmin("/api/transferable-solutions/" + id + "/replications?size=100"));
    assertThat(strings(replications, "status"))
        .containsExactlyInAnyOrder("IN_PROGRESS", "INTERESTED");
  }

  @Test
  @Order(4)
  void collectivesAreMadeOfOrganisationsAndVisibleToTheTeam() {
    long projectId =
        json(node.getAsAdmin("/api/projects?size=100")).getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .filter(p -> p.getString("title").startsWith("Mobilité Solidaire"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    String path = "/api/projects/" + projectId + "/collective";
    assertThat(node.get(path).statusCode()).isEqualTo(401);

    HttpResponse<String> asEditor =
        HttpCalls.send(
            node.http(),
            HttpCalls.request(node.uri(path))
                .header("Authorization", HttpCalls.basic(EDITOR, EDITOR_PASSWORD))
                .GET()
                .build());
    assertThat(asEditor.statusCode()).as(asEditor.body()).isEqualTo(200);
    JsonObject collective = json(asEditor);
    assertThat(collective.getString("status")).isEqualTo("STRUCTURED");
    assertThat(collective.getJsonNumber("memberCount").longValue()).isEqualTo(4);

    JsonObject members = json(node.getAsAdmin(path + "/members?size=100"));
    assertThat(strings(members, "organizationName"))
        .containsExactlyInAnyOrder(
            "Le Labo des Partenariats", "Mobicoop", "UNA", "Département de Meurthe-et-Moselle");
    assertThat(members.getJsonArray("items").stream().map(JsonValue::asJsonObject))
        .allSatisfy(
            m -> {
              assertThat(m.containsKey("displayName") && !m.isNull("displayName")).isFalse();
              assertThat(m.containsKey("email") && !m.isNull("email")).isFalse();
              assertThat(m.containsKey("phone") && !m.isNull("phone")).isFalse();
            });

    // Accompaniments: the team sees the programmes with their provider organisations.
    long lunevillois =
        json(node.getAsAdmin("/api/projects?size=100")).getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .filter(p -> p.getString("title").equals("Écopôle alimentaire du Lunévillois"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    JsonObject accompaniments =
        json(node.getAsAdmin("/api/projects/" + lunevillois + "/accompaniments?size=100"));
    assertThat(strings(accompaniments, "format"))
        .containsExactlyInAnyOrder("PREMIERS_PAS", "INCUBATION");
    assertThat(strings(accompaniments, "providerName")).contains("France Active Lorraine");
  }

  @Test
  @Order(4)
  void keyFiguresCountTheDreamsAndProjects() {
    JsonObject figures = json(node.get("/api/key-figures"));
    assertThat(figures.getJsonNumber("dreamsReceived").longValue()).isPositive();
    assertThat(figures.getJsonNumber("projectsSupported").longValue()).isEqualTo(12);
    assertThat(figures.getJsonNumber("challengesWorked").longValue()).isPositive();
    // Held events only; the « participations croisées » count nothing here (their figures are the
    // host territory's).
    assertThat(figures.getJsonNumber("dreamCollectionsHeld").longValue()).isEqualTo(3);
    assertThat(figures.getJsonNumber("eveningsHeld").longValue()).isEqualTo(2);
    assertThat(figures.getJsonNumber("dreamsCollectedAtEvents").longValue())
        .isEqualTo(187 + 143 + 121);
  }

  @Test
  @Order(5)
  void aSecondLoadIsAConflict() {
    for (String territory : List.of("meurthe-et-moselle", "grenoble")) {
      HttpResponse<String> again =
          node.sendJsonAsAdmin("POST", PATH, "{\"territory\":\"" + territory + "\"}");
      assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
      assertThat(json(again).getString("detail")).contains("empty node");
    }
    assertThat(total(node.getAsAdmin("/api/campaigns?size=100"))).isEqualTo(3);
  }

  private static void assertNothingLoaded() {
    assertThat(total(node.getAsAdmin("/api/campaigns"))).isZero();
    assertThat(total(node.getAsAdmin("/api/organizations"))).isZero();
  }

  private static long total(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response).getJsonNumber("totalItems").longValue();
  }

  private static List<String> strings(JsonObject page, String field) {
    return page.getJsonArray("items").stream().map(v -> v.asJsonObject().getString(field)).toList();
  }
}
