// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.essaim.node.testsupport.HttpCalls.json;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.essaim.node.testsupport.Eventually;
import org.essaim.node.testsupport.FederationAdmin;
import org.essaim.node.testsupport.NodeProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Similar projects and défi → transferable solutions on two real nodes: Lons-le-Saunier follows
 * Vierzon; projects and solutions are created through the API on both; Lons's suggestions mix its
 * own projects and the copies of Vierzon's, with explanations and the caller's rights.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SimilarProjectsIT {

  static final Duration WAIT = Duration.ofSeconds(90);

  static NodeProcess lons;
  static NodeProcess vierzon;
  static FederationAdmin a;
  static FederationAdmin b;

  static long lonsEpicerie;
  static long lonsPrivate;
  static long lonsDefi;
  static String vierzonEpicerie;
  static String vierzonStudents;
  static String vierzonFestival;
  static String vierzonSolution;
  static String vierzonBikeSolution;
  static long epicerieCopy;
  static long studentsCopy;

  @BeforeAll
  static void start() {
    try {
      Map<String, Map<String, String>> nodes = new LinkedHashMap<>();
      nodes.put("similar-lons", environment("Lons-le-Saunier"));
      nodes.put("similar-vierzon", environment("Vierzon"));
      List<NodeProcess> started = NodeProcess.startAll(nodes);
      lons = started.get(0);
      vierzon = started.get(1);
    } catch (RuntimeException | Error e) {
      stop();
      throw e;
    }
    a = new FederationAdmin(lons);
    b = new FederationAdmin(vierzon);
  }

  static Map<String, String> environment(String territory) {
    Map<String, String> env = new HashMap<>(FederationNetworkIT.FAST_RETRIES);
    env.put("ESSAIM_TERRITORY_NAME", territory);
    return env;
  }

  @AfterAll
  static void stop() {
    for (NodeProcess node : new NodeProcess[] {lons, vierzon}) {
      if (node != null) {
        try {
          node.close();
        } catch (RuntimeException e) {
          System.err.println("Could not stop a node: " + e);
        }
      }
    }
  }

  @Test
  @Order(1)
  void projectsAndSolutionsOfAFollowedPeerAreCopied() {
    a.policy("AUTOMATIC", "OPEN");
    b.policy("AUTOMATIC", "OPEN");
    // Followed first: the objects come by delivery, as they are created.
    a.follow(b.actor());
    FederationNetworkIT.awaitFollow(a, b);
    vierzonEpicerie =
        objectId(
            "projects",
            project(
                vierzon,
                "Épicerie solidaire itinérante",
                "Une épicerie solidaire en camion qui dessert les villages sans commerce.",
                "Les habitants aux petits budgets achètent des produits frais et locaux à prix"
                    + " réduit ; l'épicerie récupère les invendus des producteurs.",
                List.of("food.access"),
                "PUBLIC"));
    vierzonStudents =
        objectId(
            "projects",
            project(
                vierzon,
                "Épicerie solidaire étudiante",
                "Une épicerie solidaire pour les étudiants du campus.",
                "Des produits à prix réduit, des invendus redistribués, un local tenu par des"
                    + " bénévoles.",
                List.of("food.access"),
                "NETWORK"));
    vierzonFestival =
        objectId(
            "projects",
            project(
                vierzon,
                "Festival de musiques actuelles",
                "Un festival de concerts en plein air chaque été.",
                "Des groupes de la région, une scène ouverte et une buvette associative.",
                List.of("culture-heritage"),
                "PUBLIC"));
    long organisation =
        id(
            vierzon.sendJsonAsAdmin(
                "POST", "/api/organizations", "{\"name\":\"Réseau des épiceries du Cher\"}"));
    vierzonSolution =
        objectId(
            "solutions",
            solution(
                vierzon,
                organisation,
                "Épicerie solidaire itinérante",
                "Les habitants des quartiers et des villages sans commerce n'ont pas accès à une"
                    + " alimentation de qualité à un prix abordable.",
                List.of("food.access"),
                "PUBLIC"));
    vierzonBikeSolution =
        objectId(
            "solutions",
            solution(
                vierzon,
                organisation,
                "Atelier vélo participatif",
                "Réparer son vélo soi-même avec l'aide de bénévoles dans un atelier partagé.",
                List.of("mobility.cycling"),
                "PUBLIC"));
    lonsEpicerie =
        project(
            lons,
            "Épicerie solidaire de la Marjorie",
            "Une épicerie solidaire de quartier à Lons-le-Saunier.",
            "Des produits frais à prix réduit pour les familles aux petits budgets, des invendus"
                + " récupérés auprès des producteurs locaux.",
            List.of("food.access"),
            "NODE_PUBLIC");
    lonsPrivate =
        project(
            lons,
            "Projet d'épicerie sociale (brouillon)",
            "Une épicerie sociale et solidaire en préparation.",
            "Vendre à prix réduit aux habitants du quartier.",
            List.of("food.access"),
            "PRIVATE");
    long lonsOrganisation =
        id(lons.sendJsonAsAdmin("POST", "/api/organizations", "{\"name\":\"Épicerie Marjorie\"}"));
    // Lons's own solution is never suggested for Lons's défi: solutions from other territories.
    solution(
        lons,
        lonsOrganisation,
        "Épicerie solidaire de quartier",
        "Les habitants des quartiers n'ont pas accès à une alimentation de qualité.",
        List.of("food.access"),
        "PUBLIC");

    epicerieCopy = copyId("PROJECT", vierzonEpicerie);
    studentsCopy = copyId("PROJECT", vierzonStudents);
    copyId("PROJECT", vierzonFestival);
    copyId("SOLUTION", vierzonSolution);
    copyId("SOLUTION", vierzonBikeSolution);
  }

  @Test
  @Order(2)
  void twoEpiceriesSolidairesOnDifferentNodesFindEachOtherBeforeAnUnrelatedProject() {
    JsonObject fromLons = similar(lons.get("/api/projects/" + lonsEpicerie + "/similar"));
    List<String> ids = ids(fromLons);
    assertThat(ids).first().isEqualTo(vierzonEpicerie);
    if (ids.contains(vierzonFestival)) {
      assertThat(ids.indexOf(vierzonFestival)).isGreaterThan(ids.indexOf(vierzonEpicerie));
    }
    JsonObject first = items(fromLons).get(0);
    assertThat(first.getString("origin")).isEqualTo("REMOTE");
    assertThat(first.getJsonObject("territory").getString("name")).isEqualTo("Vierzon");
    assertThat(first.getJsonNumber("score").doubleValue()).isBetween(0.0, 1.0);

    JsonObject fromVierzonCopy =
        similar(lons.get("/api/network/objects/" + epicerieCopy + "/similar"));
    assertThat(ids(fromVierzonCopy)).first().isEqualTo(objectId(lons, "projects", lonsEpicerie));
    assertThat(ids(fromVierzonCopy)).doesNotContain(vierzonEpicerie);
    assertThat(items(fromVierzonCopy).get(0).getString("origin")).isEqualTo("LOCAL");
    assertThat(items(fromVierzonCopy).get(0).getJsonNumber("localId").longValue())
        .isEqualTo(lonsEpicerie);
  }

  @Test
  @Order(3)
  void eachSuggestionSaysWhatItShares() {
    JsonObject why =
        items(similar(lons.get("/api/projects/" + lonsEpicerie + "/similar")))
            .get(0)
            .getJsonObject("why");

    assertThat(strings(why, "sharedTerms")).contains("épicerie", "solidaire");
    assertThat(why.getJsonArray("sharedThemes").getValuesAs(JsonObject.class))
        .extracting(t -> t.getString("key"))
        .containsExactly("food.access");
    assertThat(why.getJsonArray("sharedThemes").getJsonObject(0).getString("label"))
        .isNotBlank()
        .isNotEqualTo("food.access");
    assertThat(why.getJsonNumber("themes").doubleValue()).isEqualTo(1.0);
    assertThat(why.getJsonNumber("text").doubleValue()).isGreaterThan(0.1);
    assertThat(why.getBoolean("sameChallenge")).isFalse();
  }

  @Test
  @Order(4)
  void networkCopiesAreSuggestedToMembersOnly() {
    assertThat(ids(similar(lons.get("/api/projects/" + lonsEpicerie + "/similar"))))
        .doesNotContain(vierzonStudents);
    assertThat(ids(similar(lons.getAsAdmin("/api/projects/" + lonsEpicerie + "/similar"))))
        .contains(vierzonStudents, vierzonEpicerie);
    // A NETWORK copy is not even a source for anonymous callers.
    assertProblem(lons.get("/api/network/objects/" + studentsCopy + "/similar"), 404);
    assertThat(ids(similar(lons.getAsAdmin("/api/network/objects/" + studentsCopy + "/similar"))))
        .contains(vierzonEpicerie, objectId(lons, "projects", lonsEpicerie))
        .doesNotContain(vierzonStudents);
  }

  @Test
  @Order(5)
  void aPrivateProjectIsComparedForItsTeamOnlyAndNeverSuggested() {
    assertProblem(lons.get("/api/projects/" + lonsPrivate + "/similar"), 404);
    List<String> forTeam =
        ids(similar(lons.getAsAdmin("/api/projects/" + lonsPrivate + "/similar")));
    assertThat(forTeam).contains(objectId(lons, "projects", lonsEpicerie), vierzonEpicerie);
    assertThat(ids(similar(lons.getAsAdmin("/api/projects/" + lonsEpicerie + "/similar"))))
        .doesNotContain(objectId(lons, "projects", lonsPrivate));
  }

  @Test
  @Order(6)
  void aDefiFindsTheTransferableSolutionsOfOtherTerritories() {
    lonsDefi = defi();
    // A défi in draft is for the team; its suggestions are computed from its text.
    assertProblem(lons.get("/api/challenges/" + lonsDefi + "/transferable-solutions"), 404);
    JsonObject solutions =
        similar(lons.getAsAdmin("/api/challenges/" + lonsDefi + "/transferable-solutions"));

    assertThat(ids(solutions)).first().isEqualTo(vierzonSolution);
    assertThat(items(solutions))
        .allSatisfy(
            s -> {
              assertThat(s.getString("kind")).isEqualTo("SOLUTION");
              assertThat(s.getJsonObject("territory").getString("actor")).isEqualTo(b.actor());
            });
    if (ids(solutions).contains(vierzonBikeSolution)) {
      assertThat(ids(solutions).indexOf(vierzonBikeSolution)).isGreaterThan(0);
    }
    assertThat(strings(items(solutions).get(0).getJsonObject("why"), "sharedTerms"))
        .contains("alimentation");

    HttpResponse<String> moved =
        lons.sendJsonAsAdmin(
            "POST",
            "/api/challenges/" + lonsDefi + "/transitions",
            "{\"to\":\"SELECTED_FOR_EVENING\"}");
    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
    // Out of draft, public: anonymous callers get the public solutions too.
    assertThat(ids(similar(lons.get("/api/challenges/" + lonsDefi + "/transferable-solutions"))))
        .first()
        .isEqualTo(vierzonSolution);
  }

  @Test
  @Order(7)
  void badParametersAndUnknownIdsAreProblems() {
    for (String limit : List.of("0", "51", "dix", "-1", "1.5")) {
      JsonObject problem =
          assertProblem(lons.get("/api/projects/" + lonsEpicerie + "/similar?limit=" + limit), 400);
      assertThat(problem.toString()).contains("limit");
    }
    assertProblem(lons.get("/api/network/objects/" + epicerieCopy + "/similar?limit=0"), 400);
    assertProblem(
        lons.get("/api/challenges/" + lonsDefi + "/transferable-solutions?limit=99"), 400);
    assertProblem(lons.get("/api/projects/999999/similar"), 404);
    assertProblem(lons.get("/api/network/objects/999999/similar"), 404);
    assertProblem(lons.get("/api/challenges/999999/transferable-solutions"), 404);
    assertThat(lons.get("/api/projects/abc/similar").statusCode()).isEqualTo(404);
    assertThat(
            items(similar(lons.getAsAdmin("/api/projects/" + lonsEpicerie + "/similar?limit=1"))))
        .hasSize(1);
  }

  @Test
  @Order(8)
  void aReindexCountsTheFrequenciesAndKeepsTheBestSuggestion() {
    HttpResponse<String> rebuilt = lons.sendJsonAsAdmin("POST", "/api/admin/search/reindex", "");
    assertThat(rebuilt.statusCode()).as(rebuilt.body()).isEqualTo(200);

    assertThat(ids(similar(lons.get("/api/projects/" + lonsEpicerie + "/similar"))))
        .first()
        .isEqualTo(vierzonEpicerie);
    assertThat(ids(similar(lons.get("/api/network/objects/" + epicerieCopy + "/similar"))))
        .first()
        .isEqualTo(objectId(lons, "projects", lonsEpicerie));
  }

  // --- helpers

  static long project(
      NodeProcess node,
      String title,
      String summary,
      String description,
      List<String> themes,
      String visibility) {
    HttpResponse<String> created =
        node.sendJsonAsAdmin(
            "POST",
            "/api/projects",
            ("{\"title\":\"%s\",\"summary\":\"%s\",\"description\":\"%s\",\"stage\":\"idea\","
                    + "\"origin\":\"ACCELERATED_EXISTING\",\"themes\":%s,"
                    + "\"visibility\":\"%s\"}")
                .formatted(title, summary, description, array(themes), visibility));
    return id(created);
  }

  static long solution(
      NodeProcess node,
      long organisation,
      String title,
      String problem,
      List<String> themes,
      String visibility) {
    long project =
        id(
            node.sendJsonAsAdmin(
                "POST",
                "/api/projects",
                "{\"title\":\"%s (projet source)\",\"stage\":\"idea\",\"origin\":\"ACCELERATED_EXISTING\",\"visibility\":\"PRIVATE\"}"
                    .formatted(title)));
    long id =
        id(
            node.sendJsonAsAdmin(
                "POST",
                "/api/transferable-solutions",
                ("{\"projectId\":%d,\"title\":\"%s\",\"problemAddressed\":\"%s\",\"themes\":%s,"
                        + "\"transferMode\":\"OPEN_METHOD\",\"contactOrganizationId\":%d,"
                        + "\"visibility\":\"%s\"}")
                    .formatted(project, title, problem, array(themes), organisation, visibility)));
    HttpResponse<String> published =
        node.sendJsonAsAdmin(
            "POST", "/api/transferable-solutions/" + id + "/transitions", "{\"to\":\"PUBLISHED\"}");
    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    return id;
  }

  static long defi() {
    long campaign =
        id(
            lons.sendJsonAsAdmin(
                "POST",
                "/api/campaigns",
                "{\"name\":\"Crépîte 2026\",\"localBrandName\":\"Crépîte\","
                    + "\"startDate\":\"2026-06-01\"}"));
    HttpResponse<String> collecting =
        lons.sendJsonAsAdmin(
            "POST",
            "/api/campaigns/" + campaign + "/transitions",
            "{\"to\":\"COLLECTING_DREAMS\"}");
    assertThat(collecting.statusCode()).as(collecting.body()).isEqualTo(200);
    return id(
        lons.sendJsonAsAdmin(
            "POST",
            "/api/challenges",
            ("{\"campaignId\":%d,\"title\":\"Une alimentation de qualité pour tous\","
                    + "\"statement\":\"Comment donner accès à une alimentation de qualité, à prix"
                    + " abordable, aux habitants des quartiers et des villages sans commerce ?\","
                    + "\"themes\":[\"food.access\"]}")
                .formatted(campaign)));
  }

  static long copyId(String kind, String objectId) {
    return Eventually.await("Lons's copy of " + objectId, WAIT, () -> a.copy(kind, objectId))
        .getJsonNumber("id")
        .longValue();
  }

  static String objectId(String kind, long id) {
    return objectId(vierzon, kind, id);
  }

  static String objectId(NodeProcess node, String kind, long id) {
    return FederationNetworkIT.objectId(node, kind, id);
  }

  static long id(HttpResponse<String> created) {
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return json(created).getJsonNumber("id").longValue();
  }

  static String array(List<String> values) {
    return values.stream().map(v -> "\"" + v + "\"").toList().toString().replace(", ", ",");
  }

  static JsonObject similar(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response);
  }

  static List<JsonObject> items(JsonObject list) {
    return list.getJsonArray("items").getValuesAs(JsonObject.class);
  }

  static List<String> ids(JsonObject list) {
    return items(list).stream().map(o -> o.getString("id")).toList();
  }

  static List<String> strings(JsonObject object, String key) {
    return object.getJsonArray(key).getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString)
        .toList();
  }

  static JsonObject assertProblem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(response.body()).doesNotContain("Exception");
    return json(response);
  }
}
