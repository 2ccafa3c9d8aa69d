// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.essaim.node.testsupport.HttpCalls.json;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.essaim.node.testsupport.HttpCalls;
import org.essaim.node.testsupport.NodeProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Exchanges between two real nodes that follow each other: B publishes a NETWORK method sheet and a
 * published solution; A replies, proposes an amendment and a replication; B's editors see them in
 * their moderation queue, accept the amendment (a new version, which reaches A's copy as an Update)
 * and dismiss the replication; A's exchanges show the answers; A announces B's solution.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExchangesIT {

  static final String EDITOR = "animatrice";
  static final String PASSWORD = "animatrice-secret";
  static final Duration PATIENCE = Duration.ofSeconds(90);

  static NodeProcess a;
  static NodeProcess b;
  static long sheetOnB;
  static long solutionOnB;
  static long sheetCopyOnA;
  static long solutionCopyOnA;
  static String sheetCopyUpdated;

  @BeforeAll
  static void startNodes() {
    try {
      Map<String, Map<String, String>> nodes = new LinkedHashMap<>();
      nodes.put("exchanges-a", Map.of("ESSAIM_FEDERATION_USERNAME", "territoire-a"));
      nodes.put("exchanges-b", Map.of("ESSAIM_FEDERATION_USERNAME", "territoire-b"));
      List<NodeProcess> started = NodeProcess.startAll(nodes);
      a = started.get(0);
      b = started.get(1);
      a.createAccount(EDITOR, PASSWORD, "editor");
      b.createAccount(EDITOR, PASSWORD, "editor");
    } catch (RuntimeException | Error e) {
      stopNodes();
      throw e;
    }
  }

  @AfterAll
  static void stopNodes() {
    if (a != null) {
      a.close();
    }
    if (b != null) {
      b.close();
    }
  }

  static HttpResponse<String> as(NodeProcess node, String method, String path, String body) {
    return node.sendJson(method, path, body, EDITOR, PASSWORD);
  }

  static HttpResponse<String> getAs(NodeProcess node, String path) {
    return HttpCalls.send(
        node.http(),
        HttpCalls.request(node.uri(path))
            .header("Authorization", HttpCalls.basic(EDITOR, PASSWORD))
            .GET()
            .build());
  }

  static <T> T await(String what, Supplier<Optional<T>> probe) {
    Instant deadline = Instant.now().plus(PATIENCE);
    while (Instant.now().isBefore(deadline)) {
      Optional<T> value = probe.get();
      if (value.isPresent()) {
        return value.get();
      }
      try {
        Thread.sleep(300);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    throw new AssertionError("timed out waiting for " + what);
  }

  static List<JsonObject> items(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response).getJsonArray("items").getValuesAs(JsonObject.class);
  }

  static Optional<JsonObject> first(HttpResponse<String> response, Predicate<JsonObject> test) {
    return items(response).stream().filter(test).findFirst();
  }

  static long id(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return json(response).getJsonNumber("id").longValue();
  }

  static void automaticFollows(NodeProcess node) {
    HttpResponse<String> got = node.getAsAdmin("/api/admin/federation/policy");
    String etag = got.headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> changed =
        HttpCalls.send(
            node.http(),
            node.jsonRequest(
                    "PUT",
                    "/api/admin/federation/policy",
                    "{\"followApproval\":\"AUTOMATIC\",\"networkMode\":\"OPEN\"}",
                    "admin",
                    NodeProcess.ADMIN_PASSWORD)
                .header("If-Match", etag)
                .build());
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
  }

  static void follow(NodeProcess from, NodeProcess to) {
    HttpResponse<String> sent =
        from.sendJsonAsAdmin(
            "POST",
            "/api/admin/federation/following",
            "{\"target\":\"" + to.uri("/actors/territory") + "\"}");
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(202);
  }

  static boolean followAccepted(NodeProcess from) {
    return items(from.getAsAdmin("/api/admin/federation/peers")).stream()
        .anyMatch(p -> p.getJsonObject("following").getString("state").equals("ACCEPTED"));
  }

  @Test
  @Order(1)
  void theNodesFollowEachOtherAndBSharesASheetAndASolution() {
    automaticFollows(a);
    automaticFollows(b);
    // One after the other: B's follow while A's Follow is being handled on B races on B's peer row
    // (both insert it; see the report).
    follow(a, b);
    await("A follows B", () -> Optional.of(true).filter(x -> followAccepted(a)));
    follow(b, a);
    await("B follows A", () -> Optional.of(true).filter(x -> followAccepted(b)));

    String sheet =
        Json.createObjectBuilder()
            .add("title", "Animer une soirée de créativité")
            .add("bodyMarkdown", "## Préparer\n\nRéunir vingt personnes.")
            .add("methodSteps", Json.createArrayBuilder().add("SUPPORT"))
            .add("visibility", "NETWORK")
            .build()
            .toString();
    sheetOnB = id(as(b, "POST", "/api/method-sheets", sheet), 201);
    transition(b, "/api/method-sheets/" + sheetOnB, "IN_REVIEW");
    transition(b, "/api/method-sheets/" + sheetOnB, "PUBLISHED");

    long organisation = id(as(b, "POST", "/api/organizations", "{\"name\":\"Ronalpia\"}"), 201);
    long project =
        id(
            as(
                b,
                "POST",
                "/api/projects",
                "{\"title\":\"Lance-toi !\",\"stage\":\"launched\","
                    + "\"origin\":\"ACCELERATED_EXISTING\"}"),
            201);
    solutionOnB =
        id(
            as(
                b,
                "POST",
                "/api/transferable-solutions",
                ("{\"projectId\":%d,\"transferMode\":\"OPEN_METHOD\",\"contactOrganizationId\":%d,"
                        + "\"visibility\":\"NETWORK\"}")
                    .formatted(project, organisation)),
            201);
    transition(b, "/api/transferable-solutions/" + solutionOnB, "PUBLISHED");

    sheetCopyOnA =
        await(
                "A's copy of B's sheet",
                () -> first(getAs(a, "/api/network/objects?kind=METHOD_SHEET"), o -> true))
            .getJsonNumber("id")
            .longValue();
    sheetCopyUpdated = updated(json(getAs(a, "/api/network/objects/" + sheetCopyOnA)));
    solutionCopyOnA =
        await(
                "A's copy of B's solution",
                () -> first(getAs(a, "/api/network/objects?kind=SOLUTION"), o -> true))
            .getJsonNumber("id")
            .longValue();
  }

  static String updated(JsonObject copy) {
    return copy.containsKey("updated") && !copy.isNull("updated")
        ? copy.getString("updated")
        : null;
  }

  static void transition(NodeProcess node, String path, String to) {
    HttpResponse<String> moved = as(node, "POST", path + "/transitions", "{\"to\":\"" + to + "\"}");
    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
  }

  @Test
  @Order(2)
  void accessAndInputErrors() {
    String replies = "/api/network/objects/" + sheetCopyOnA + "/replies";
    HttpResponse<String> anonymous =
        HttpCalls.send(
            a.http(),
            HttpCalls.request(a.uri(replies))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"content\":\"x\"}"))
                .build());
    assertThat(anonymous.statusCode()).isEqualTo(401);
    a.createAccountWithoutRole("ancien", EDITOR);
    assertThat(getAsUser(a, "/api/network/exchanges", "ancien").statusCode()).isEqualTo(403);
    assertThat(getAsUser(a, "/api/federation/contributions", "ancien").statusCode()).isEqualTo(403);
    assertThat(a.get("/api/network/exchanges").statusCode()).isEqualTo(401);
    assertThat(a.get("/api/federation/contributions").statusCode()).isEqualTo(401);
    // Announce is for administrators.
    assertThat(
            as(a, "POST", "/api/network/objects/" + solutionCopyOnA + "/announce", "").statusCode())
        .isEqualTo(403);
    assertThat(
            as(a, "POST", "/api/network/objects/999999/replies", "{\"content\":\"x\"}")
                .statusCode())
        .isEqualTo(404);
    assertProblem(as(a, "POST", replies, "{\"content\":\"  \"}"), 400, "content");
    assertProblem(
        as(a, "POST", replies, "{\"content\":\"" + "x".repeat(5001) + "\"}"), 400, "content");
    // An amendment of a solution, a replication of a sheet: wrong kinds.
    assertThat(
            as(
                    a,
                    "POST",
                    "/api/network/objects/" + solutionCopyOnA + "/amendments",
                    "{\"content\":\"x\"}")
                .statusCode())
        .isEqualTo(409);
    assertThat(
            as(a, "POST", "/api/network/objects/" + sheetCopyOnA + "/replication-proposals", "{}")
                .statusCode())
        .isEqualTo(409);
    assertThat(getAs(a, "/api/network/exchanges?kind=NONSENSE").statusCode()).isEqualTo(400);
    assertThat(getAs(b, "/api/federation/contributions?state=NONSENSE").statusCode())
        .isEqualTo(400);
    assertThat(as(b, "POST", "/api/federation/contributions/999999/accept", "").statusCode())
        .isEqualTo(404);
    assertThat(items(getAs(a, "/api/network/exchanges"))).isEmpty();
  }

  static HttpResponse<String> getAsUser(NodeProcess node, String path, String user) {
    return HttpCalls.send(
        node.http(),
        HttpCalls.request(node.uri(path))
            .header("Authorization", HttpCalls.basic(user, PASSWORD))
            .GET()
            .build());
  }

  static void assertProblem(HttpResponse<String> response, int status, String field) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("content-type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(response.body()).contains(field).doesNotContain("Exception");
  }

  @Test
  @Order(3)
  void aRepliesAndProposesAndBModerates() {
    String base = "/api/network/objects/";
    HttpResponse<String> reply =
        as(a, "POST", base + sheetCopyOnA + "/replies", "{\"content\":\"Testée à Lons <b>!</b>\"}");
    assertThat(reply.statusCode()).as(reply.body()).isEqualTo(201);
    assertThat(json(reply).getString("state")).isEqualTo("SENT");
    String proposedBody = "## Préparer\n\nRéunir vingt personnes.\n\n## Conclure\n\nUn pot.";
    HttpResponse<String> amendment =
        as(
            a,
            "POST",
            base + sheetCopyOnA + "/amendments",
            Json.createObjectBuilder()
                .add("summary", "Ajout d'une conclusion")
                .add("content", proposedBody)
                .build()
                .toString());
    assertThat(amendment.statusCode()).as(amendment.body()).isEqualTo(201);
    assertThat(json(amendment).getString("state")).isEqualTo("PENDING");
    HttpResponse<String> replication =
        as(
            a,
            "POST",
            base + solutionCopyOnA + "/replication-proposals",
            "{\"message\":\"Adapter à la montagne.\"}");
    assertThat(replication.statusCode()).as(replication.body()).isEqualTo(201);

    // B's moderation queue: never public.
    assertThat(b.get("/api/federation/contributions").statusCode()).isEqualTo(401);
    JsonObject receivedReply =
        await(
            "the reply on B",
            () ->
                first(
                    getAs(b, "/api/federation/contributions?kind=REPLY&methodSheet=" + sheetOnB),
                    o -> true));
    assertThat(receivedReply.getString("content")).isEqualTo("Testée à Lons <b>!</b>");
    assertThat(receivedReply.getString("state")).isEqualTo("VISIBLE");
    assertThat(receivedReply.getString("peerActor"))
        .isEqualTo(a.uri("/actors/territory").toString());
    JsonObject receivedAmendment =
        await(
            "the amendment on B",
            () -> first(getAs(b, "/api/federation/contributions?kind=AMENDMENT"), o -> true));
    assertThat(receivedAmendment.getString("content")).isEqualTo(proposedBody);
    assertThat(receivedAmendment.getString("summary")).isEqualTo("Ajout d'une conclusion");
    assertThat(receivedAmendment.getString("state")).isEqualTo("PENDING");
    JsonObject receivedReplication =
        await(
            "the replication proposal on B",
            () ->
                first(
                    getAs(b, "/api/federation/contributions?kind=REPLICATION_PROPOSAL"),
                    o -> true));
    assertThat(receivedReplication.getString("content")).isEqualTo("Adapter à la montagne.");

    // Hiding the reply.
    long replyId = receivedReply.getJsonNumber("id").longValue();
    HttpResponse<String> hidden =
        as(b, "POST", "/api/federation/contributions/" + replyId + "/hide", "");
    assertThat(json(hidden).getString("state")).isEqualTo("HIDDEN");
    assertThat(
            as(b, "POST", "/api/federation/contributions/" + replyId + "/accept", "").statusCode())
        .isEqualTo(409);

    // Accepting the amendment: version 2 of the sheet, "proposed by" A.
    long amendmentId = receivedAmendment.getJsonNumber("id").longValue();
    HttpResponse<String> accepted =
        as(b, "POST", "/api/federation/contributions/" + amendmentId + "/accept", "");
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
    assertThat(json(accepted).getString("state")).isEqualTo("ACCEPTED");
    assertThat(json(accepted).getString("result")).isEqualTo("version 2");
    assertThat(
            as(b, "POST", "/api/federation/contributions/" + amendmentId + "/dismiss", "")
                .statusCode())
        .isEqualTo(409);
    JsonObject version = json(getAs(b, "/api/method-sheets/" + sheetOnB + "/versions/2"));
    assertThat(version.getString("changeNote"))
        .contains("Amendement proposé par")
        .contains("Ajout d'une conclusion");

    // Dismissing the replication proposal.
    long replicationId = receivedReplication.getJsonNumber("id").longValue();
    HttpResponse<String> dismissed =
        as(b, "POST", "/api/federation/contributions/" + replicationId + "/dismiss", "");
    assertThat(json(dismissed).getString("state")).isEqualTo("REJECTED");

    // A sees the answers, and its copy of the sheet updated.
    await(
        "A's amendment ACCEPTED",
        () -> first(getAs(a, "/api/network/exchanges?kind=AMENDMENT&state=ACCEPTED"), o -> true));
    await(
        "A's replication proposal REJECTED",
        () ->
            first(
                getAs(a, "/api/network/exchanges?kind=REPLICATION_PROPOSAL&state=REJECTED"),
                o -> true));
    try {
      await(
          "A's copy updated",
          () ->
              Optional.of(json(getAs(a, "/api/network/objects/" + sheetCopyOnA)))
                  .filter(o -> !java.util.Objects.equals(updated(o), sheetCopyUpdated)));
    } catch (AssertionError e) {
      throw new AssertionError(
          e.getMessage()
              + "\nA's copy: "
              + getAs(a, "/api/network/objects/" + sheetCopyOnA).body()
              + "\nA's inbound journal: "
              + a.getAsAdmin("/api/admin/federation/inbound?size=100").body()
              + "\nB's deliveries: "
              + b.getAsAdmin("/api/admin/federation/deliveries?size=100").body(),
          e);
    }
  }

  @Test
  @Order(4)
  void aReplicationProposalAcceptedIsAReplicationOnB() {
    HttpResponse<String> proposal =
        as(
            a,
            "POST",
            "/api/network/objects/" + solutionCopyOnA + "/replication-proposals",
            "{\"message\":\"Deuxième essai.\"}");
    assertThat(proposal.statusCode()).as(proposal.body()).isEqualTo(201);
    JsonObject received =
        await(
            "the second proposal on B",
            () ->
                first(
                    getAs(
                        b, "/api/federation/contributions?kind=REPLICATION_PROPOSAL&state=PENDING"),
                    o -> true));
    HttpResponse<String> accepted =
        as(
            b,
            "POST",
            "/api/federation/contributions/" + received.getJsonNumber("id") + "/accept",
            "");
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
    assertThat(json(accepted).getString("result")).startsWith("replication ");
    JsonObject replication =
        items(getAs(b, "/api/transferable-solutions/" + solutionOnB + "/replications")).get(0);
    assertThat(replication.getString("status")).isEqualTo("INTERESTED");
    assertThat(replication.getString("territoryActorUri"))
        .isEqualTo(a.uri("/actors/territory").toString());
    await(
        "A's second proposal ACCEPTED",
        () ->
            first(
                getAs(a, "/api/network/exchanges?kind=REPLICATION_PROPOSAL&state=ACCEPTED"),
                o -> true));
  }

  @Test
  @Order(5)
  void aAnnouncesBsSolutionToItsFollowers() {
    HttpResponse<String> announced =
        a.sendJsonAsAdmin("POST", "/api/network/objects/" + solutionCopyOnA + "/announce", "");
    assertThat(announced.statusCode()).as(announced.body()).isEqualTo(201);
    assertThat(json(announced).getString("kind")).isEqualTo("ANNOUNCE");
    assertThat(json(announced).getString("state")).isEqualTo("SENT");
    assertThat(items(getAs(a, "/api/network/exchanges?kind=ANNOUNCE"))).hasSize(1);
  }
}
