// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.essaim.node.testsupport.HttpCalls.json;
import static org.essaim.node.testsupport.HttpCalls.request;
import static org.essaim.node.testsupport.HttpCalls.send;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.Map;
import org.essaim.node.testsupport.NodeProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Key figures on a node of their own (figures count the whole node): exact counts, small groups
 * withheld, and no record text in the published figures.
 */
class KeyFiguresIT {

  static NodeProcess node;

  @BeforeAll
  static void startNode() {
    node = NodeProcess.start("key-figures", Map.of("ESSAIM_DREAMS_SUBMISSIONS_MAX", "1000"));
  }

  @AfterAll
  static void stopNode() {
    if (node != null) {
      node.close();
    }
  }

  @Test
  void figuresCountTheRecordsAndWithholdSmallGroups() {
    JsonObject empty = figures();
    assertThat(empty.getInt("minimumGroupSize")).isEqualTo(5);
    assertThat(empty.getInt("dreamsReceived")).isZero();
    assertThat(empty.getInt("projectsSupported")).isZero();
    assertThat(empty.getInt("participations")).isZero();
    assertThat(cell(empty, "dreamsByTheme", "food").getInt("count")).isZero();

    long campaign = created("/api/campaigns", CAMPAIGN);
    ok("POST", "/api/campaigns/" + campaign + "/transitions", "{\"to\":\"COLLECTING_DREAMS\"}");
    for (int i = 0; i < 7; i++) {
      submit(campaign, "Une épicerie solidaire numéro " + i, "food.short-supply-chains");
    }
    for (int i = 0; i < 6; i++) {
      submit(campaign, "Des pistes cyclables numéro " + i, "mobility.cycling");
    }
    submit(campaign, "Un festival de contes au lavoir", "culture-heritage");
    submit(campaign, "Rouvrir le cinéma du bourg", "culture-heritage");
    submit(campaign, "Texte hors sujet à rejeter", "food");
    JsonObject found = json(node.getAsAdmin("/api/moderation/dreams?q=rejeter"));
    assertThat(found.getInt("totalItems")).isEqualTo(1);
    long rejected = found.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    ok("POST", "/api/moderation/dreams/" + rejected + "/transitions", "{\"to\":\"REJECTED\"}");

    ok(
        "POST",
        "/api/projects",
        project(
            "Épicerie solidaire",
            "[{\"indicator\":\"jobs-created\",\"value\":3,"
                + "\"date\":\"2023-12-31\"},{\"indicator\":\"jobs-created\",\"value\":5,"
                + "\"date\":\"2024-12-31\"}]"));
    ok(
        "POST",
        "/api/projects",
        project(
            "Vélo-école",
            "[{\"indicator\":\"jobs-created\",\"value\":4,"
                + "\"date\":\"2024-06-30\"},{\"indicator\":\"jobs-consolidated\",\"value\":2,"
                + "\"date\":\"2024-06-30\"}]"));

    // Events: only HELD ones count; a planned evening's provisional counts do not.
    held(
        "{\"type\":\"DREAM_COLLECTION\",\"title\":\"Remontée des rêves au marché\","
            + "\"startsAt\":\"2024-06-08T09:00\",\"endsAt\":\"2024-06-08T12:00\","
            + "\"place\":{\"venueName\":\"Place du marché\"},\"collectionFormat\":\"STAND\","
            + "\"counts\":{\"participantCount\":40,\"dreamCount\":35}}");
    held(
        "{\"type\":\"IDEATION_EVENING\",\"title\":\"Grande soirée d'idéation\","
            + "\"startsAt\":\"2024-09-13T18:30\",\"endsAt\":\"2024-09-13T22:30\","
            + "\"place\":{\"venueName\":\"Salle des fêtes\"},"
            + "\"counts\":{\"contributorCount\":174,\"wantToGetInvolvedCount\":49,"
            + "\"wantToCarryCount\":24,\"totalAttendance\":250}}");
    ok(
        "POST",
        "/api/events",
        "{\"type\":\"IDEATION_EVENING\",\"title\":\"Soirée à venir\","
            + "\"startsAt\":\"2099-09-13T18:30\",\"endsAt\":\"2099-09-13T22:30\","
            + "\"place\":{\"venueName\":\"Salle des fêtes\"},"
            + "\"counts\":{\"totalAttendance\":300,\"wantToCarryCount\":3}}");

    HttpResponse<String> response = node.get("/api/key-figures");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).doesNotContain("épicerie", "Épicerie", "cyclables", "lavoir");
    JsonObject f = json(response);
    assertThat(f.getInt("campaignsUnderway")).isEqualTo(1);
    assertThat(f.getInt("dreamsReceived")).as("the rejected dream is not counted").isEqualTo(15);
    assertThat(cell(f, "dreamsByTheme", "food").getInt("count")).isEqualTo(7);
    assertThat(cell(f, "dreamsByTheme", "culture-heritage").getBoolean("suppressed")).isTrue();
    assertThat(cell(f, "dreamsByTheme", "culture-heritage").containsKey("count")).isFalse();
    assertThat(cell(f, "dreamsByTheme", "mobility").getBoolean("suppressed"))
        .as("6 would be derivable from the total: withheld too")
        .isTrue();
    assertThat(cell(f, "dreamsByTheme", "food").getString("labelFr"))
        .isEqualTo("Alimentation durable");
    assertThat(f.getInt("projectsSupported")).isEqualTo(2);
    assertThat(cell(f, "projectsByStage", "launched").getBoolean("suppressed")).isTrue();
    assertThat(f.getJsonNumber("jobsCreated").intValue())
        .as("each project's latest measurement: 5 + 4")
        .isEqualTo(9);
    assertThat(f.getJsonNumber("jobsConsolidated").intValue()).isEqualTo(2);
    assertThat(f.getInt("dreamCollectionsHeld")).isEqualTo(1);
    assertThat(f.getInt("eveningsHeld")).isEqualTo(1);
    assertThat(f.getInt("participations"))
        .as("40 at the stand + 250 at the evening")
        .isEqualTo(290);
    assertThat(f.getInt("engagedPeople")).isEqualTo(73);
    assertThat(f.getInt("wouldBeCarriers")).isEqualTo(24);
    assertThat(f.getInt("dreamsCollectedAtEvents")).isEqualTo(35);
  }

  private static final String CAMPAIGN =
      "{\"name\":\"Édition 2024\",\"localBrandName\":\"Crépîte\","
          + "\"startDate\":\"2024-01-15\",\"endDate\":\"2024-12-31\"}";

  private static String project(String title, String impacts) {
    return "{\"title\":\"%s\",\"stage\":\"launched\",\"origin\":\"ACCELERATED_EXISTING\",\"themes\":[\"food\"],\"visibility\":\"PRIVATE\",\"impacts\":%s}"
        .formatted(title, impacts);
  }

  private static void held(String event) {
    long id = created("/api/events", event);
    ok("POST", "/api/events/" + id + "/transitions", "{\"to\":\"HELD\"}");
  }

  private static JsonObject figures() {
    HttpResponse<String> response = node.get("/api/key-figures");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response);
  }

  private static JsonObject cell(JsonObject figures, String breakdown, String key) {
    return figures.getJsonArray(breakdown).getValuesAs(JsonObject.class).stream()
        .filter(c -> c.getString("key").equals(key))
        .findFirst()
        .orElseThrow(() -> new AssertionError(key + " missing from " + breakdown));
  }

  /** A public submission, without credentials, as an inhabitant sends it. */
  private static void submit(long campaign, String text, String theme) {
    HttpResponse<String> response =
        send(
            node.http(),
            request(node.uri("/api/campaigns/" + campaign + "/dreams"))
                .header("Content-Type", "application/json")
                .POST(
                    BodyPublishers.ofString(
                        "{\"text\":\"%s\",\"themes\":[\"%s\"],\"contributorType\":\"INHABITANT\"}"
                            .formatted(text, theme)))
                .build());
    assertThat(response.statusCode()).as(response.body()).isIn(201, 202);
  }

  private static long created(String path, String body) {
    return json(ok("POST", path, body)).getJsonNumber("id").longValue();
  }

  private static HttpResponse<String> ok(String method, String path, String body) {
    HttpResponse<String> response = node.sendJsonAsAdmin(method, path, body);
    assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
    return response;
  }
}
