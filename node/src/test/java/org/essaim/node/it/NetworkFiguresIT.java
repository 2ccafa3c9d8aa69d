// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.essaim.node.testsupport.HttpCalls.json;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * The national aggregator over real processes: three territory nodes with demo data publish their
 * key figures, an aggregator-mode node follows the three and sums them. The expected totals are
 * always what the three nodes' own {@code /api/key-figures} serve, never numbers written here. The
 * tests run in order and build on each other.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NetworkFiguresIT {

  static final Duration WAIT = Duration.ofSeconds(90);
  static final String[] SCALARS = {
    "participants", "engagedPeople", "projectsSupported", "jobsCreated", "dreams", "challenges"
  };

  static NodeProcess grenoble;
  static NodeProcess miramas;
  static NodeProcess meurthe;
  static NodeProcess national;
  static List<NodeProcess> territories;
  static FederationAdmin aggregator;

  @BeforeAll
  static void startNetwork() {
    // Started side by side: four sequential starts take most of the class's time.
    Map<String, Map<String, String>> nodes = new LinkedHashMap<>();
    nodes.put("figures-grenoble", demo("grenoble"));
    nodes.put("figures-miramas", demo("miramas"));
    nodes.put("figures-meurthe", demo("meurthe-et-moselle"));
    nodes.put(
        "figures-national",
        Map.of("ESSAIM_NODE_MODE", "aggregator", "ESSAIM_TERRITORY_NAME", "Réseau SUT"));
    List<NodeProcess> started = NodeProcess.startAll(nodes);
    grenoble = started.get(0);
    miramas = started.get(1);
    meurthe = started.get(2);
    national = started.get(3);
    territories = List.of(grenoble, miramas, meurthe);
    aggregator = new FederationAdmin(national);
  }

  static Map<String, String> demo(String territory) {
    return Map.of("ESSAIM_DEMO_TERRITORY", territory);
  }

  @AfterAll
  static void stopNetwork() {
    for (NodeProcess node : new NodeProcess[] {grenoble, miramas, meurthe, national}) {
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
  void theAggregatorsTotalsAreTheSumOfTheTerritoriesOwnFigures() {
    aggregator.policy("AUTOMATIC", "OPEN");
    for (NodeProcess node : territories) {
      FederationAdmin admin = new FederationAdmin(node);
      admin.policy("AUTOMATIC", "OPEN");
      aggregator.follow(admin.actor());
    }
    for (NodeProcess node : territories) {
      String actor = new FederationAdmin(node).actor();
      Eventually.until(
          "the aggregator following " + actor,
          WAIT,
          () -> aggregator.followState(actor, "following").equals("ACCEPTED"));
    }
    for (NodeProcess node : territories) {
      // NOTHING when the schedule's first run (a minute after start) published them already.
      assertThat(publish(node)).isIn("CREATE", "NOTHING");
      assertThat(publish(node)).as("unchanged figures").isEqualTo("NOTHING");
    }

    JsonObject figures = awaitTotals(expectedTotals());
    JsonObject totals = figures.getJsonObject("totals");
    assertThat(totals.getInt("territoriesReporting")).isEqualTo(3);
    assertThat(figures.getJsonArray("byTerritory")).hasSize(3);
    for (JsonValue row : figures.getJsonArray("byTerritory")) {
      assertThat(row.asJsonObject().getBoolean("own")).isFalse();
      assertThat(row.asJsonObject().getString("receivedAt")).isNotBlank();
    }
    JsonObject count = figures.getJsonObject("territories");
    assertThat(count.getJsonNumber("total").longValue()).isEqualTo(3);
    long labelled =
        territories.stream()
            .filter(n -> "LABELLED".equals(json(n.get("/api/territory")).getString("labelStatus")))
            .count();
    assertThat(count.getJsonNumber("labelled").longValue()).isEqualTo(labelled);

    // The figures object is public, at its stable address.
    HttpResponse<String> object =
        HttpCalls.send(
            grenoble.http(),
            HttpCalls.request(grenoble.uri("/objects/key-figures/1"))
                .header("Accept", "application/activity+json")
                .GET()
                .build());
    assertThat(object.statusCode()).as(object.body()).isEqualTo(200);
    assertThat(object.body()).contains("\"KeyFigures\"").contains("\"proof\"");

    // An aggregator publishes no figures of its own.
    HttpResponse<String> refused =
        national.sendJsonAsAdmin("POST", "/api/admin/federation/key-figures/publish", "");
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
  }

  @Test
  @Order(2)
  void anUpdateOnOneTerritoryIsReflectedInTheTotalsAndTheirHistory() {
    long before =
        json(national.get("/api/network/key-figures"))
            .getJsonObject("totals")
            .getJsonObject("projectsSupported")
            .getJsonNumber("value")
            .longValue();
    HttpResponse<String> created =
        miramas.sendJsonAsAdmin(
            "POST",
            "/api/projects",
            "{\"title\":\"Ressourcerie de Miramas\",\"summary\":\"Un projet du réseau.\","
                + "\"stage\":\"idea\",\"origin\":\"ACCELERATED_EXISTING\",\"themes\":[\"food\"],"
                + "\"visibility\":\"NODE_PUBLIC\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(publish(miramas)).isEqualTo("UPDATE");

    Map<String, Long> expected = expectedTotals();
    assertThat(expected.get("projectsSupported")).isEqualTo(before + 1);
    JsonObject figures = awaitTotals(expected);

    String month = YearMonth.now(ZoneOffset.UTC).toString();
    JsonObject withHistory =
        json(national.get("/api/network/key-figures?from=" + month + "&to=" + month));
    List<JsonValue> history = withHistory.getJsonArray("history");
    assertThat(history).hasSize(1);
    JsonObject thisMonth = history.get(0).asJsonObject();
    assertThat(thisMonth.getString("month")).isEqualTo(month);
    assertThat(scalars(thisMonth.getJsonObject("totals")))
        .isEqualTo(scalars(figures.getJsonObject("totals")));
    assertThat(national.get("/api/network/key-figures?from=2026-13").statusCode()).isEqualTo(400);
  }

  @Test
  @Order(4)
  void theAggregatorSearchesWhatItBackfilledFromTheThreeTerritories() {
    // The follows of the first test backfilled each territory's demo projects: every copy is in
    // the aggregator's search, counted under its territory.
    Map<String, Long> copiesByTerritory = new LinkedHashMap<>();
    for (NodeProcess node : territories) {
      String origin = node.uri("/").toString();
      long copies =
          aggregator.copies("PROJECT").stream()
              .filter(c -> c.getString("objectId").startsWith(origin))
              .count();
      assertThat(copies).as("projects copied from " + origin).isPositive();
      copiesByTerritory.put(new FederationAdmin(node).actor(), copies);
    }
    Eventually.until(
        "every copied project searchable on the aggregator, under its territory",
        WAIT,
        () -> {
          JsonObject facets = searchAsAdmin("kind=PROJECT&size=1").getJsonObject("facets");
          return copiesByTerritory.entrySet().stream()
              .allMatch(e -> facetCount(facets, "territory", e.getKey()) == e.getValue());
        });
    JsonObject all = searchAsAdmin("kind=PROJECT&size=1");
    assertThat(all.getJsonNumber("totalItems").longValue())
        .isEqualTo(copiesByTerritory.values().stream().mapToLong(Long::longValue).sum());
    // Anonymous callers find the public ones only; NETWORK copies are for members.
    HttpResponse<String> anonymous = national.get("/api/search?kind=PROJECT&size=1");
    assertThat(anonymous.statusCode()).isEqualTo(200);
    assertThat(json(anonymous).getJsonNumber("totalItems").longValue())
        .isLessThanOrEqualTo(all.getJsonNumber("totalItems").longValue());
  }

  static JsonObject searchAsAdmin(String query) {
    HttpResponse<String> response = national.getAsAdmin("/api/search?" + query);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response);
  }

  static long facetCount(JsonObject facets, String facet, String value) {
    return facets.getJsonArray(facet).getValuesAs(JsonObject.class).stream()
        .filter(v -> v.getString("value").equals(value))
        .mapToLong(v -> v.getJsonNumber("count").longValue())
        .findFirst()
        .orElse(0);
  }

  @Test
  @Order(3)
  void theCalendarMergesTheEventsOfSeveralTerritories() {
    long grenobleEvent = createEvent(grenoble, "Soirée des idées de Grenoble", "PUBLIC", 10);
    long miramasEvent = createEvent(miramas, "Remontée des rêves de Miramas", "PUBLIC", 12);
    long meurtheEvent = createEvent(meurthe, "Rencontre réseau en Meurthe", "NETWORK", 14);
    for (String object :
        List.of(
            grenoble.uri("/objects/events/" + grenobleEvent).toString(),
            miramas.uri("/objects/events/" + miramasEvent).toString(),
            meurthe.uri("/objects/events/" + meurtheEvent).toString())) {
      Eventually.await(
          "the aggregator's copy of " + object, WAIT, () -> aggregator.copy("EVENT", object));
    }

    String range = "/api/network/calendar?from=2027-03-01&to=2027-03-31";
    // The demo data has events of its own in that month: only ours are looked at.
    List<String> ours =
        List.of(
            "Soirée des idées de Grenoble",
            "Remontée des rêves de Miramas",
            "Rencontre réseau en Meurthe");
    List<JsonObject> anonymous =
        items(national.get(range)).stream()
            .filter(e -> ours.contains(e.getString("title")))
            .toList();
    assertThat(anonymous)
        .extracting(e -> e.getString("title"))
        .containsExactly("Soirée des idées de Grenoble", "Remontée des rêves de Miramas");
    assertThat(anonymous)
        .extracting(e -> e.getString("origin"))
        .containsExactly(
            new FederationAdmin(grenoble).actor(), new FederationAdmin(miramas).actor());
    List<JsonObject> member =
        items(national.getAsAdmin(range)).stream()
            .filter(e -> ours.contains(e.getString("title")))
            .toList();
    assertThat(member)
        .extracting(e -> e.getString("title"))
        .containsExactly(
            "Soirée des idées de Grenoble",
            "Remontée des rêves de Miramas",
            "Rencontre réseau en Meurthe");

    HttpResponse<String> feed =
        national.get("/api/network/calendar.ics?from=2027-03-01&to=2027-03-31");
    assertThat(feed.statusCode()).isEqualTo(200);
    assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
    assertThat(feed.body())
        .contains("BEGIN:VCALENDAR")
        .contains("SUMMARY:Soirée des idées de Grenoble")
        .contains("SUMMARY:Remontée des rêves de Miramas")
        .doesNotContain("Rencontre réseau en Meurthe");

    // On a territory node, its own events are in the network calendar too.
    List<JsonObject> own = items(grenoble.get(range));
    assertThat(own).extracting(e -> e.getJsonNumber("eventId").longValue()).contains(grenobleEvent);
  }

  // --- helpers

  static String publish(NodeProcess node) {
    HttpResponse<String> response =
        node.sendJsonAsAdmin("POST", "/api/admin/federation/key-figures/publish", "");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response).getString("decision");
  }

  static long createEvent(NodeProcess node, String title, String visibility, int day) {
    HttpResponse<String> created =
        node.sendJsonAsAdmin(
            "POST",
            "/api/events",
            ("{\"type\":\"CONFERENCE\",\"title\":\"%s\",\"startsAt\":\"2027-03-%02dT18:30\","
                    + "\"endsAt\":\"2027-03-%02dT21:00\",\"place\":{\"venueName\":\"Salle\","
                    + "\"commune\":\"Ici\"},\"themes\":[],\"visibility\":\"%s\"}")
                .formatted(title, day, day, visibility));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return json(created).getJsonNumber("id").longValue();
  }

  static List<JsonObject> items(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    List<JsonObject> items = new ArrayList<>();
    json(response).getJsonArray("items").forEach(v -> items.add(v.asJsonObject()));
    return items;
  }

  /**
   * The totals the aggregator must show, from what the three nodes serve now: for each figure its
   * sum ({@code <name>}) and how many territories withheld it ({@code <name>.withheld}); the same
   * for each group of the breakdowns ({@code stage:<key>}, {@code theme:<key>}).
   */
  static Map<String, Long> expectedTotals() {
    Map<String, Long> expected = new LinkedHashMap<>();
    for (NodeProcess node : territories) {
      JsonObject own = json(node.get("/api/key-figures"));
      add(expected, "participants", number(own, "participations"));
      add(expected, "engagedPeople", number(own, "engagedPeople"));
      add(expected, "projectsSupported", number(own, "projectsSupported"));
      add(
          expected,
          "jobsCreated",
          own.isNull("jobsCreated")
              ? Long.valueOf(0)
              : own.getJsonNumber("jobsCreated")
                  .bigDecimalValue()
                  .setScale(0, RoundingMode.HALF_UP)
                  .longValueExact());
      add(expected, "dreams", number(own, "dreamsReceived"));
      add(expected, "challenges", number(own, "challengesWorked"));
      for (String breakdown : List.of("projectsByStage", "projectsByTheme")) {
        String prefix = breakdown.equals("projectsByStage") ? "stage:" : "theme:";
        for (JsonValue cell : own.getJsonArray(breakdown)) {
          JsonObject group = cell.asJsonObject();
          add(expected, prefix + group.getString("key"), number(group, "count"));
        }
      }
    }
    return expected;
  }

  private static Long number(JsonObject object, String name) {
    if (!object.containsKey(name) || object.isNull(name)) {
      return null;
    }
    JsonNumber number = object.getJsonNumber(name);
    return number.bigDecimalValue().setScale(0, RoundingMode.UNNECESSARY).longValueExact();
  }

  private static void add(Map<String, Long> totals, String name, Long value) {
    totals.merge(name, value == null ? 0 : value, Long::sum);
    totals.merge(name + ".withheld", value == null ? 1L : 0L, Long::sum);
  }

  /** The same keys from the aggregator's totals. */
  static Map<String, Long> actual(JsonObject totals) {
    Map<String, Long> actual = new LinkedHashMap<>(scalars(totals));
    for (String breakdown : List.of("projectsByStage", "projectsByTheme")) {
      String prefix = breakdown.equals("projectsByStage") ? "stage:" : "theme:";
      for (JsonValue cell : totals.getJsonArray(breakdown)) {
        JsonObject group = cell.asJsonObject();
        actual.put(prefix + group.getString("key"), group.getJsonNumber("value").longValue());
        actual.put(prefix + group.getString("key") + ".withheld", (long) group.getInt("withheld"));
      }
    }
    return actual;
  }

  static Map<String, Long> scalars(JsonObject totals) {
    Map<String, Long> values = new LinkedHashMap<>();
    for (String name : SCALARS) {
      JsonObject total = totals.getJsonObject(name);
      values.put(name, total.getJsonNumber("value").longValue());
      values.put(name + ".withheld", (long) total.getInt("withheld"));
    }
    return values;
  }

  static JsonObject awaitTotals(Map<String, Long> expected) {
    Eventually.until(
        "the aggregator's totals " + expected,
        WAIT,
        () -> {
          HttpResponse<String> response = national.get("/api/network/key-figures");
          return response.statusCode() == 200
              && actual(json(response).getJsonObject("totals")).equals(expected);
        });
    JsonObject figures = json(national.get("/api/network/key-figures"));
    assertThat(actual(figures.getJsonObject("totals"))).isEqualTo(expected);
    assertThat(
            figures.getJsonObject("totals").getJsonObject("projectsSupported").getInt("reporting"))
        .isEqualTo(3);
    return figures;
  }
}
