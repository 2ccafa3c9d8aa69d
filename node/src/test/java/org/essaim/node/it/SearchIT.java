// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.essaim.node.testsupport.HttpCalls.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.essaim.node.testsupport.Eventually;
import org.essaim.node.testsupport.FederationAdmin;
import org.essaim.node.testsupport.HttpCalls;
import org.essaim.node.testsupport.NodeProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Network search on two real nodes: Lons-le-Saunier follows Vierzon and searches its own objects
 * and the copies of Vierzon's, in French (accents, plurals, typos), with facets, snippets and the
 * caller's rights; a Delete at the origin takes the object out of the follower's search.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SearchIT {

  static final Duration WAIT = Duration.ofSeconds(90);

  static NodeProcess lons;
  static NodeProcess vierzon;
  static FederationAdmin a;
  static FederationAdmin b;
  static long vierzonPublic;
  static long vierzonNetwork;

  @BeforeAll
  static void start() {
    try {
      Map<String, Map<String, String>> nodes = new LinkedHashMap<>();
      nodes.put("search-lons", environment("Lons-le-Saunier"));
      nodes.put("search-vierzon", environment("Vierzon"));
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
  void copiesOfAFollowedPeerAreSearchableWithTheirTerritoryAndRegion() {
    HttpResponse<String> profile =
        vierzon.sendJsonAsAdmin(
            "PUT",
            "/api/territory",
            """
            {"name":"Vierzon","country":"FR","timeZone":"Europe/Paris","labelStatus":"LABELLED",
             "perimeter":[{"level":"REGION","code":"24","label":"Centre-Val de Loire"},
                          {"level":"COMMUNE","code":"18279","label":"Vierzon"}]}
            """);
    assertThat(profile.statusCode()).as(profile.body()).isEqualTo(200);
    a.policy("AUTOMATIC", "OPEN");
    b.policy("AUTOMATIC", "OPEN");
    vierzonPublic =
        project(
            vierzon,
            "Épicerie solidaire itinérante",
            "Une épicerie ambulante qui dessert les villages éloignés des commerces.",
            "PUBLIC");
    vierzonNetwork =
        project(
            vierzon,
            "Ressourcerie des Forges",
            "Collecte, réparation et revente d'objets du quotidien.",
            "NETWORK");
    project(
        lons,
        "Jardins partagés de la Marjorie",
        "Des jardins cultivés par les habitants du quartier de la Marjorie.",
        "NODE_PUBLIC");
    project(lons, "Conciergerie confidentielle", "Un projet encore en préparation.", "PRIVATE");

    a.follow(b.actor());
    String object = FederationNetworkIT.objectId(vierzon, "projects", vierzonNetwork);
    Eventually.await("Lons's copy of Vierzon's project", WAIT, () -> a.copy("PROJECT", object));
    JsonObject hit =
        Eventually.await(
            "the copy in Lons's search", WAIT, () -> first(searchAsAdmin(lons, "q=ressourcerie")));

    assertThat(hit.getString("origin")).isEqualTo("REMOTE");
    assertThat(hit.getJsonObject("territory").getString("name")).isEqualTo("Vierzon");
    assertThat(hit.getJsonObject("territory").getString("actor")).isEqualTo(b.actor());
    assertThat(hit.getString("region")).isEqualTo("Centre-Val de Loire");
    assertThat(hit.getString("id")).isEqualTo(object);
  }

  @Test
  @Order(2)
  void frenchWordsMatchWithoutAccentsInThePluralAndInTheSingular() {
    String epicerie = FederationNetworkIT.objectId(vierzon, "projects", vierzonPublic);
    Eventually.await("the public copy searchable", WAIT, () -> first(search(lons, "q=epicerie")));

    assertThat(ids(search(lons, "q=" + encode("EPICERIES solidaires")))).contains(epicerie);
    assertThat(ids(search(lons, "q=" + encode("épiceries itinérantes")))).contains(epicerie);
    assertThat(titles(search(lons, "q=" + encode("jardin partage"))))
        .containsExactly("Jardins partagés de la Marjorie");
    assertThat(titles(search(lons, "q=" + encode("village commerce"))))
        .containsExactly("Épicerie solidaire itinérante");
  }

  @Test
  @Order(3)
  void aMistypedWordIsSearchedAsTheNearestKnownOne() {
    JsonObject results = search(lons, "q=" + encode("epicrie"));

    assertThat(titles(results)).containsExactly("Épicerie solidaire itinérante");
    assertThat(results.getJsonObject("corrections").getString("epicrie")).isEqualTo("epicer");
  }

  @Test
  @Order(4)
  void snippetsMarkTheMatchedWordsAndEscapeTheRest() {
    JsonObject hit = first(search(lons, "q=villages")).orElseThrow();

    assertThat(hit.getString("snippet")).contains("<mark>villages</mark>");
    assertThat(hit.getString("snippet")).doesNotContain("\u0002").doesNotContain("\u0003");
  }

  @Test
  @Order(5)
  void anonymousCallersFindPublicObjectsOnlyMembersFindNetworkCopiesNobodyFindsPrivateOnes() {
    assertThat(search(lons, "q=ressourcerie").getInt("totalItems")).isZero();
    assertThat(searchAsAdmin(lons, "q=ressourcerie").getInt("totalItems")).isEqualTo(1);
    assertThat(search(lons, "q=jardins").getInt("totalItems")).isEqualTo(1);
    assertThat(searchAsAdmin(lons, "q=conciergerie").getInt("totalItems")).isZero();
    assertThat(search(lons, "").getInt("totalItems")).isEqualTo(2);
    assertThat(searchAsAdmin(lons, "").getInt("totalItems")).isEqualTo(3);
  }

  @Test
  @Order(6)
  void facetsCountEveryResultAndFiltersNarrowThem() {
    JsonObject all = searchAsAdmin(lons, "");
    JsonObject facets = all.getJsonObject("facets");

    assertThat(count(facets, "kind", "PROJECT")).isEqualTo(3);
    assertThat(count(facets, "territory", b.actor())).isEqualTo(2);
    assertThat(count(facets, "territory", a.actor())).isEqualTo(1);
    assertThat(count(facets, "region", "Centre-Val de Loire")).isEqualTo(2);
    assertThat(count(facets, "theme", "food")).isEqualTo(3);
    assertThat(label(facets, "theme", "food")).isNotBlank();
    assertThat(label(facets, "territory", b.actor())).isEqualTo("Vierzon");

    JsonObject fromVierzon = searchAsAdmin(lons, "territory=" + encode(b.actor()));
    assertThat(fromVierzon.getInt("totalItems")).isEqualTo(2);
    // The territory facet is counted without its own filter: Lons stays selectable.
    assertThat(count(fromVierzon.getJsonObject("facets"), "territory", a.actor())).isEqualTo(1);
    JsonObject inRegion =
        searchAsAdmin(lons, "region=" + encode("Centre-Val de Loire") + "&q=ressourcerie");
    assertThat(inRegion.getInt("totalItems")).isEqualTo(1);
    // Other facets are counted with every filter: no Lons object is in that region.
    assertThat(count(inRegion.getJsonObject("facets"), "territory", a.actor())).isZero();
    assertThat(searchAsAdmin(lons, "kind=EVENT").getInt("totalItems")).isZero();
    assertThat(searchAsAdmin(lons, "sort=recent&size=1").getJsonArray("items")).hasSize(1);
  }

  @Test
  @Order(7)
  void badParametersAreFieldErrors() {
    for (String query :
        List.of(
            "q=" + "x".repeat(201),
            "kind=DREAM",
            "theme=not-a-theme",
            "supportMode=nope",
            "transferable=maybe",
            "sort=alphabetical",
            "page=0",
            "size=1000")) {
      HttpResponse<String> response = lons.get("/api/search?" + query);
      assertThat(response.statusCode()).as(query).isEqualTo(400);
      assertThat(response.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/problem+json");
      assertThat(response.body()).doesNotContain("Exception");
    }
  }

  @Test
  @Order(8)
  void theReindexIsForAdministratorsAndKeepsTheSameResults() {
    HttpResponse<String> anonymous =
        HttpCalls.send(
            lons.http(),
            HttpCalls.request(lons.uri("/api/admin/search/reindex"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
    assertThat(anonymous.statusCode()).isEqualTo(401);
    HttpResponse<String> rebuilt = lons.sendJsonAsAdmin("POST", "/api/admin/search/reindex", "");

    assertThat(rebuilt.statusCode()).as(rebuilt.body()).isEqualTo(200);
    assertThat(json(rebuilt).getInt("localObjects")).isEqualTo(2);
    assertThat(json(rebuilt).getInt("copies")).isEqualTo(2);
    assertThat(json(rebuilt).getInt("entries")).isEqualTo(3);
    assertThat(searchAsAdmin(lons, "").getInt("totalItems")).isEqualTo(3);
  }

  @Test
  @Order(8)
  void theIndexStateIsForAdministratorsAndTheEngineCatchesUp() {
    HttpResponse<String> anonymous =
        HttpCalls.send(lons.http(), HttpCalls.request(lons.uri("/api/admin/search")).GET().build());
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.body()).doesNotContain("Exception");
    lons.createAccount("search-editor", "search-editor-password", "editor");
    HttpResponse<String> editor =
        HttpCalls.send(
            lons.http(),
            HttpCalls.request(lons.uri("/api/admin/search"))
                .header("Authorization", HttpCalls.basic("search-editor", "search-editor-password"))
                .GET()
                .build());
    assertThat(editor.statusCode()).isEqualTo(403);
    // The engine sees every entry of the table within a moment.
    Eventually.until(
        "every entry searchable",
        Duration.ofSeconds(30),
        () -> {
          HttpResponse<String> state = lons.getAsAdmin("/api/admin/search");
          return state.statusCode() == 200
              && json(state).getInt("entries") == 3
              && json(state).getInt("searchable") == 3;
        });
  }

  @Test
  @Order(9)
  void aDeleteAtTheOriginRemovesTheObjectFromTheFollowersSearch() {
    HttpResponse<String> deleted =
        vierzon.sendJsonAsAdmin("DELETE", "/api/projects/" + vierzonPublic, "");
    assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);

    Eventually.until(
        "the deleted project gone from Lons's search",
        WAIT,
        () -> search(lons, "q=epicerie").getInt("totalItems") == 0);
    assertThat(searchAsAdmin(lons, "q=ressourcerie").getInt("totalItems")).isEqualTo(1);
  }

  static long project(NodeProcess node, String title, String summary, String visibility) {
    HttpResponse<String> created =
        node.sendJsonAsAdmin(
            "POST",
            "/api/projects",
            ("{\"title\":\"%s\",\"summary\":\"%s\",\"stage\":\"idea\","
                    + "\"origin\":\"ACCELERATED_EXISTING\",\"themes\":[\"food\"],"
                    + "\"visibility\":\"%s\"}")
                .formatted(title, summary, visibility));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return json(created).getJsonNumber("id").longValue();
  }

  static JsonObject search(NodeProcess node, String query) {
    HttpResponse<String> response = node.get("/api/search?" + query);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response);
  }

  static JsonObject searchAsAdmin(NodeProcess node, String query) {
    HttpResponse<String> response = node.getAsAdmin("/api/search?" + query);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response);
  }

  static Optional<JsonObject> first(JsonObject results) {
    JsonArray items = results.getJsonArray("items");
    return items.isEmpty() ? Optional.empty() : Optional.of(items.getJsonObject(0));
  }

  static List<String> ids(JsonObject results) {
    return results.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(o -> o.getString("id"))
        .toList();
  }

  static List<String> titles(JsonObject results) {
    return results.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(o -> o.getString("title"))
        .toList();
  }

  static long count(JsonObject facets, String facet, String value) {
    return facets.getJsonArray(facet).getValuesAs(JsonObject.class).stream()
        .filter(v -> v.getString("value").equals(value))
        .mapToLong(v -> v.getJsonNumber("count").longValue())
        .findFirst()
        .orElse(0);
  }

  static String label(JsonObject facets, String facet, String value) {
    return facets.getJsonArray(facet).getValuesAs(JsonObject.class).stream()
        .filter(v -> v.getString("value").equals(value))
        .map(v -> v.isNull("label") ? null : v.getString("label"))
        .findFirst()
        .orElse(null);
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
