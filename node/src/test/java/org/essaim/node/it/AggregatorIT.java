// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.essaim.node.testsupport.HttpCalls.json;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
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
 * The national aggregator over real processes: an aggregator-mode node registers two territory
 * nodes (and so follows and backfills them), labels one through a labelling committee, and the
 * signed attestation reaches the other territory, which follows the national actor, verifies it
 * and, in ALLOW_LIST mode trusting labelled territories, admits the labelled peer; a suspension
 * revokes it. The tests run in order and build on each other.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AggregatorIT {

  static final Duration WAIT = Duration.ofSeconds(60);
  static final String NOTES = "NOTES-PRIVEES-7f3c: deliberation du comite";

  static NodeProcess national;
  static NodeProcess labelled; // Meurthe-et-Moselle, with its demo data
  static NodeProcess other; // Caen, trusts the national actor
  static FederationAdmin nationalAdmin;
  static FederationAdmin labelledAdmin;
  static FederationAdmin otherAdmin;
  static long labelledId;
  static long otherId;

  @BeforeAll
  static void startNetwork() {
    try {
      national =
          NodeProcess.start(
              "aggregator-national",
              Map.of("ESSAIM_NODE_MODE", "aggregator", "ESSAIM_TERRITORY_NAME", "Réseau SUT"));
      String nationalActor = national.uri("/actors/territory").toString();
      CompletableFuture<NodeProcess> a =
          CompletableFuture.supplyAsync(
              () ->
                  NodeProcess.start(
                      "aggregator-meurthe", Map.of("ESSAIM_DEMO_TERRITORY", "meurthe-et-moselle")));
      CompletableFuture<NodeProcess> b =
          CompletableFuture.supplyAsync(
              () ->
                  NodeProcess.start(
                      "aggregator-caen",
                      Map.of(
                          "ESSAIM_TERRITORY_NAME",
                          "Caen",
                          "ESSAIM_FEDERATION_NATIONAL_ACTOR",
                          nationalActor)));
      labelled = a.exceptionally(e -> null).join();
      other = b.exceptionally(e -> null).join();
      if (labelled == null || other == null) {
        throw new IllegalStateException("a territory node did not start");
      }
    } catch (RuntimeException | Error e) {
      stopNetwork();
      throw e;
    }
    nationalAdmin = new FederationAdmin(national);
    labelledAdmin = new FederationAdmin(labelled);
    otherAdmin = new FederationAdmin(other);
  }

  @AfterAll
  static void stopNetwork() {
    for (NodeProcess node : new NodeProcess[] {national, labelled, other}) {
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
  void aTerritoryNodeHasNoRegistry() {
    for (String path :
        List.of(
            "/api/admin/registry/territories",
            "/api/admin/registry/promos",
            "/api/admin/registry/sponsorships")) {
      HttpResponse<String> response = labelled.getAsAdmin(path);
      assertThat(response.statusCode()).as(path).isEqualTo(404);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }
    assertThat(labelled.get("/api/network/territories").statusCode()).isEqualTo(404);
    assertThat(labelled.get("/openapi?format=JSON").body())
        .doesNotContain("/admin/registry")
        .doesNotContain("/network/territories");
    assertThat(national.get("/openapi?format=JSON").body())
        .contains("/admin/registry/territories")
        .contains("/network/territories");
  }

  @Test
  @Order(2)
  void registeringTerritoriesFollowsAndBackfillsThem() {
    nationalAdmin.policy("AUTOMATIC", "OPEN");
    labelledAdmin.policy("AUTOMATIC", "OPEN");
    otherAdmin.policy("AUTOMATIC", "OPEN");

    HttpResponse<String> invalid =
        national.sendJsonAsAdmin(
            "POST",
            "/api/admin/registry/territories",
            "{\"actor\":\""
                + labelledAdmin.actor()
                + "\",\"name\":\" \",\"region\":\"Grand Est\","
                + "\"country\":\"DE\"}");
    assertThat(invalid.statusCode()).as(invalid.body()).isEqualTo(400);
    assertThat(invalid.body()).contains("\"name\"").contains("\"country\"");

    labelledId =
        register(
            ("{\"actor\":\"%s\",\"name\":\"Meurthe-et-Moselle\",\"region\":\"Grand Est\","
                    + "\"department\":\"Meurthe-et-Moselle (54)\",\"country\":\"FR\","
                    + "\"labelStatus\":\"READY_FOR_LABEL\"}")
                .formatted(labelledAdmin.actor()));
    otherId =
        register(
            ("{\"actor\":\"%s\",\"name\":\"Caen\",\"region\":\"Normandie\",\"country\":\"FR\","
                    + "\"labelStatus\":\"CANDIDATE\"}")
                .formatted(otherAdmin.actor()));
    HttpResponse<String> twice =
        national.sendJsonAsAdmin(
            "POST",
            "/api/admin/registry/territories",
            "{\"actor\":\"%s\",\"name\":\"Caen\",\"region\":\"Normandie\",\"country\":\"FR\"}"
                .formatted(otherAdmin.actor()));
    assertThat(twice.statusCode()).as(twice.body()).isEqualTo(409);

    for (String actor : List.of(labelledAdmin.actor(), otherAdmin.actor())) {
      Eventually.until(
          "the aggregator's follow of " + actor + " accepted",
          WAIT,
          () -> nationalAdmin.followState(actor, "following").equals("ACCEPTED"));
    }
    JsonObject entry = json(national.getAsAdmin("/api/admin/registry/territories/" + labelledId));
    assertThat(entry.getString("following")).isEqualTo("ACCEPTED");
    // The backfill copied what the territory shared before it was followed.
    String origin = labelled.uri("/").toString();
    Eventually.until(
        "the demo projects of Meurthe-et-Moselle copied by the aggregator",
        WAIT,
        () ->
            nationalAdmin.copies("PROJECT").stream()
                .anyMatch(c -> c.getString("objectId").startsWith(origin)));

    // The registry, not the actors, says where the territories stand: Meurthe-et-Moselle is ready
    // for its label (launching), Caen only a candidate (not yet a territory of the network).
    JsonObject territories =
        json(national.get("/api/network/key-figures")).getJsonObject("territories");
    assertThat(territories.getJsonNumber("total").longValue()).isEqualTo(1);
    assertThat(territories.getJsonNumber("launching").longValue()).isEqualTo(1);
    assertThat(territories.getJsonNumber("labelled").longValue()).isZero();
  }

  @Test
  @Order(3)
  void aLabelReachesTheOtherTerritoryWhichVerifiesAndTrustsIt() {
    otherAdmin.follow(nationalAdmin.actor());
    Eventually.until(
        "Caen's follow of the national actor accepted",
        WAIT,
        () -> otherAdmin.followState(nationalAdmin.actor(), "following").equals("ACCEPTED"));
    closedNetworkTrustingLabels(other);
    HttpResponse<String> refused =
        other.sendJsonAsAdmin(
            "POST",
            "/api/admin/federation/following",
            "{\"target\":\"" + labelledAdmin.actor() + "\"}");
    assertThat(refused.statusCode()).as("not labelled yet: " + refused.body()).isEqualTo(409);

    HttpResponse<String> illegal =
        national.sendJsonAsAdmin(
            "POST",
            "/api/admin/registry/territories/" + otherId + "/status",
            "{\"status\":\"LABELLED\",\"labelDate\":\"2024-04-15\"}");
    assertThat(illegal.statusCode()).as(illegal.body()).isEqualTo(409);
    assertThat(json(illegal).getString("type")).isEqualTo("urn:essaim:problem:illegal-transition");

    HttpResponse<String> committee =
        national.sendJsonAsAdmin(
            "POST",
            "/api/admin/registry/territories/" + labelledId + "/reviews",
            "{\"kind\":\"LABELLING\",\"committeeDate\":\"2024-04-15\",\"criteria\":["
                + "{\"criterion\":\"CORE_TEAM_TRAINED\",\"met\":true},"
                + "{\"criterion\":\"VISION_AND_CALENDAR\",\"met\":true},"
                + "{\"criterion\":\"RESOURCES_MOBILISED\",\"met\":true},"
                + "{\"criterion\":\"ECONOMIC_MODEL_AND_SUPPORT\",\"met\":true,"
                + "\"comment\":\""
                + NOTES
                + "\"}],\"decision\":\"LABELLED\",\"deliberationNotes\":\""
                + NOTES
                + "\"}");
    assertThat(committee.statusCode()).as(committee.body()).isEqualTo(201);
    JsonObject entry = json(national.getAsAdmin("/api/admin/registry/territories/" + labelledId));
    assertThat(entry.getString("labelStatus")).isEqualTo("LABELLED");
    assertThat(entry.getString("labelDate")).isEqualTo("2024-04-15");

    JsonObject label = awaitLabel(l -> l.getBoolean("labelled"));
    assertThat(label.getBoolean("valid")).isTrue();
    assertThat(label.getString("issuer")).isEqualTo(nationalAdmin.actor());
    assertThat(label.getString("labelDate")).isEqualTo("2024-04-15");
    // Relay: the national node re-shares a PUBLIC solution of the labelled territory, which Caen
    // now admits (it does not follow it: the copy comes from the Announce alone).
    List<JsonObject> solutions =
        nationalAdmin.copies("SOLUTION").stream()
            .filter(c -> c.getString("objectId").startsWith(labelled.uri("/").toString()))
            .toList();
    JsonObject open =
        solutions.stream()
            .filter(c -> c.getString("audience").equals("PUBLIC"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no PUBLIC solution copied: " + solutions));
    Optional<JsonObject> restricted =
        solutions.stream().filter(c -> c.getString("audience").equals("NETWORK")).findFirst();
    restricted.ifPresent(
        c ->
            assertThat(
                    national
                        .sendJsonAsAdmin(
                            "POST",
                            "/api/network/objects/" + c.getJsonNumber("id") + "/announce",
                            "{}")
                        .statusCode())
                .as("a NETWORK solution is not relayed")
                .isEqualTo(409));
    HttpResponse<String> relayed =
        national.sendJsonAsAdmin(
            "POST", "/api/network/objects/" + open.getJsonNumber("id") + "/announce", "{}");
    assertThat(relayed.statusCode()).as(relayed.body()).isEqualTo(201);
    Eventually.until(
        "the relayed solution at Caen",
        WAIT,
        () ->
            otherAdmin.copy("SOLUTION", open.getString("objectId")).stream()
                .anyMatch(c -> nationalAdmin.actor().equals(c.getString("announcedBy", ""))));

    HttpResponse<String> admitted =
        other.sendJsonAsAdmin(
            "POST",
            "/api/admin/federation/following",
            "{\"target\":\"" + labelledAdmin.actor() + "\"}");
    assertThat(admitted.statusCode()).as("labelled: " + admitted.body()).isEqualTo(202);

    // Promo and sponsorship: NETWORK objects, received by the national actor's followers.
    HttpResponse<String> promo =
        national.sendJsonAsAdmin(
            "POST",
            "/api/admin/registry/promos",
            "{\"number\":2,\"name\":\"Promo 2\",\"period\":\"2024-2025\",\"durationMonths\":6,"
                + "\"members\":["
                + otherId
                + "],\"coAnimators\":["
                + labelledId
                + "],\"modules\":[{\"title\":\"Animer son équipe cœur\",\"format\":\"VISIO_3H\"}]}");
    assertThat(promo.statusCode()).as(promo.body()).isEqualTo(201);
    HttpResponse<String> sponsorship =
        national.sendJsonAsAdmin(
            "POST",
            "/api/admin/registry/sponsorships",
            "{\"sponsorId\":%d,\"sponseeId\":%d,\"promoId\":%d,\"period\":\"2024-2025\",\"status\":\"ACTIVE\"}"
                .formatted(labelledId, otherId, json(promo).getJsonNumber("id").longValue()));
    assertThat(sponsorship.statusCode()).as(sponsorship.body()).isEqualTo(201);
    assertThat(
            json(national.getAsAdmin("/api/admin/registry/territories/" + otherId))
                .getString("sponsor"))
        .isEqualTo(labelledAdmin.actor());
    for (String kind : List.of("PROMO", "SPONSORSHIP")) {
      Eventually.until(
          "a " + kind + " copy at Caen", WAIT, () -> !otherAdmin.copies(kind).isEmpty());
    }
    assertThat(otherAdmin.copies("PROMO").get(0).getString("audience")).isEqualTo("NETWORK");
  }

  @Test
  @Order(4)
  void aSuspensionRevokesTheLabelAndTheTrust() {
    HttpResponse<String> suspended =
        national.sendJsonAsAdmin(
            "POST",
            "/api/admin/registry/territories/" + labelledId + "/status",
            "{\"status\":\"SUSPENDED\"}");
    assertThat(suspended.statusCode()).as(suspended.body()).isEqualTo(200);
    JsonObject label = awaitLabel(l -> l.getString("labelStatus", "").equals("SUSPENDED"));
    assertThat(label.getBoolean("valid")).isTrue();
    assertThat(label.getBoolean("labelled")).isFalse();
    HttpResponse<String> refused =
        other.sendJsonAsAdmin(
            "POST",
            "/api/admin/federation/following",
            "{\"target\":\"" + labelledAdmin.actor() + "\"}");
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
    assertThat(refused.body()).contains("allow-list");
  }

  @Test
  @Order(5)
  void theDirectoryIsPublicAndNotesNeverAre() {
    HttpResponse<String> directory = national.get("/api/network/territories?country=FR");
    assertThat(directory.statusCode()).isEqualTo(200);
    assertThat(directory.body())
        .contains("Meurthe-et-Moselle")
        .contains("Caen")
        .doesNotContain(NOTES)
        .doesNotContain("following")
        .doesNotContain("sponsor");
    JsonObject page = json(national.get("/api/network/territories?status=SUSPENDED"));
    assertThat(page.getJsonArray("items")).hasSize(1);

    assertThat(
            national.get("/api/admin/registry/territories/" + labelledId + "/reviews").statusCode())
        .isEqualTo(401);
    assertThat(
            national
                .getAsAdmin("/api/admin/registry/territories/" + labelledId + "/reviews")
                .body())
        .contains(NOTES);

    String attestation = awaitLabel(l -> true).getString("attestation");
    HttpResponse<String> served =
        HttpCalls.send(
            national.http(),
            HttpCalls.request(java.net.URI.create(attestation))
                .header("Accept", "application/activity+json")
                .GET()
                .build());
    assertThat(served.statusCode()).as("attestations are PUBLIC").isEqualTo(200);
    assertThat(served.body()).contains("proof").contains("SUSPENDED").doesNotContain(NOTES);
    HttpResponse<String> outbox =
        HttpCalls.send(
            national.http(),
            HttpCalls.request(national.uri("/actors/territory/outbox?page=1"))
                .header("Accept", "application/activity+json")
                .GET()
                .build());
    assertThat(outbox.body()).doesNotContain(NOTES);
    for (JsonObject copy : otherAdmin.copies("LABEL_ATTESTATION")) {
      assertThat(copy.toString()).doesNotContain(NOTES);
    }
  }

  @Test
  @Order(6)
  void removingATerritoryUnfollowsItAndWithdrawsWhatNamesIt() {
    HttpResponse<String> removed =
        HttpCalls.send(
            national.http(),
            national
                .jsonRequest(
                    "DELETE",
                    "/api/admin/registry/territories/" + otherId,
                    "",
                    "admin",
                    NodeProcess.ADMIN_PASSWORD)
                .build());
    assertThat(removed.statusCode()).as(removed.body()).isEqualTo(204);
    assertThat(nationalAdmin.followState(otherAdmin.actor(), "following")).isEqualTo("NONE");
    assertThat(national.getAsAdmin("/api/admin/registry/territories/" + otherId).statusCode())
        .isEqualTo(404);
    Eventually.until(
        "the sponsorship withdrawn at Caen",
        WAIT,
        () -> otherAdmin.copies("SPONSORSHIP").isEmpty());
  }

  static long register(String json) {
    HttpResponse<String> created =
        national.sendJsonAsAdmin("POST", "/api/admin/registry/territories", json);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.headers().firstValue("ETag")).isPresent();
    return json(created).getJsonNumber("id").longValue();
  }

  /** ALLOW_LIST with nobody listed, trusting the territories the national node labels. */
  static void closedNetworkTrustingLabels(NodeProcess node) {
    HttpResponse<String> current = node.getAsAdmin("/api/admin/federation/policy");
    assertThat(json(current).containsKey("trustLabelled")).isTrue();
    HttpResponse<String> updated =
        HttpCalls.send(
            node.http(),
            node.jsonRequest(
                    "PUT",
                    "/api/admin/federation/policy",
                    "{\"followApproval\":\"AUTOMATIC\",\"networkMode\":\"ALLOW_LIST\","
                        + "\"allowList\":[],\"trustLabelled\":true}",
                    "admin",
                    NodeProcess.ADMIN_PASSWORD)
                .header("If-Match", current.headers().firstValue("ETag").orElseThrow())
                .build());
    assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
    assertThat(json(updated).getBoolean("trustLabelled")).isTrue();
  }

  /** Caen's verdict on the attestation about Meurthe-et-Moselle, once it satisfies the test. */
  static JsonObject awaitLabel(java.util.function.Predicate<JsonObject> condition) {
    return Eventually.await(
        "Caen's label attestation about Meurthe-et-Moselle",
        WAIT,
        () -> {
          HttpResponse<String> response = other.getAsAdmin("/api/admin/federation/labels");
          assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
          return HttpCalls.json("{\"l\":" + response.body() + "}").getJsonArray("l").stream()
              .map(JsonValue::asJsonObject)
              .filter(l -> labelledAdmin.actor().equals(l.getString("territory", "")))
              .filter(condition)
              .findFirst();
        });
  }
}
