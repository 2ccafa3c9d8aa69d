// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.essaim.node.testsupport.HttpCalls.json;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.essaim.federation.jsonld.ActivityStreamsCodec;
import org.essaim.federation.keys.PemKeys;
import org.essaim.federation.sig.HttpFields;
import org.essaim.federation.sig.Rfc9421Signer;
import org.essaim.federation.sig.SignableRequest;
import org.essaim.federation.vocab.Actor;
import org.essaim.federation.vocab.ActorType;
import org.essaim.federation.vocab.PublicKey;
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
 * Introductions between projects of two real territory nodes that follow each other: A's editor
 * introduces A's project to B's; B's administrator accepts (the link shows on both nodes) or
 * rejects; either side withdraws. An in-JVM peer with its own key sends the Offers no Essaim node
 * would: about a project B does not have, about a project that is not the peer's, unsigned, and in
 * another actor's name.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IntroductionsIT {

  static final String EDITOR = "animatrice";
  static final String PASSWORD = "animatrice-secret";
  static final Duration PATIENCE = Duration.ofSeconds(90);
  static final String ACTIVITY_JSON = "application/activity+json";
  static final ActivityStreamsCodec CODEC = new ActivityStreamsCodec();
  static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  static NodeProcess a;
  static NodeProcess b;
  static FederationAdmin adminA;
  static FederationAdmin adminB;
  static long projectOnA;
  static long projectOnB;
  static long networkProjectOnB;
  static String projectUriOnA;
  static String projectUriOnB;
  static String networkProjectUriOnB;

  static HttpServer peer;
  static KeyPair peerKey;
  static final List<JsonObject> PEER_INBOX = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void start() throws IOException {
    peerKey = rsa();
    peer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    peer.createContext("/", IntroductionsIT::servePeer);
    peer.start();
    try {
      Map<String, Map<String, String>> nodes = new LinkedHashMap<>();
      nodes.put("introductions-a", Map.of("ESSAIM_FEDERATION_USERNAME", "lons"));
      nodes.put("introductions-b", Map.of("ESSAIM_FEDERATION_USERNAME", "vierzon"));
      List<NodeProcess> started = NodeProcess.startAll(nodes);
      a = started.get(0);
      b = started.get(1);
      a.createAccount(EDITOR, PASSWORD, "editor");
      b.createAccount(EDITOR, PASSWORD, "editor");
      adminA = new FederationAdmin(a);
      adminB = new FederationAdmin(b);
    } catch (RuntimeException | Error e) {
      stop();
      throw e;
    }
  }

  @AfterAll
  static void stop() {
    try {
      if (a != null) {
        a.close();
      }
      if (b != null) {
        b.close();
      }
    } finally {
      if (peer != null) {
        peer.stop(0);
      }
    }
  }

  // ---- helpers ----

  static HttpResponse<String> asEditor(NodeProcess node, String method, String path, String body) {
    return node.sendJson(method, path, body, EDITOR, PASSWORD);
  }

  static HttpResponse<String> getAsEditor(NodeProcess node, String path) {
    return HttpCalls.send(
        node.http(),
        HttpCalls.request(node.uri(path))
            .header("Authorization", HttpCalls.basic(EDITOR, PASSWORD))
            .GET()
            .build());
  }

  static List<JsonObject> items(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response).getJsonArray("items").getValuesAs(JsonObject.class);
  }

  static List<JsonObject> links(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Json.createReader(new java.io.StringReader(response.body()))
        .readArray()
        .getValuesAs(JsonObject.class);
  }

  static Optional<JsonObject> introduction(NodeProcess node, String query, String offerId) {
    return items(node.getAsAdmin("/api/federation/introductions?size=100&" + query)).stream()
        .filter(i -> offerId == null || offerId.equals(i.getString("offerId")))
        .findFirst();
  }

  static long project(NodeProcess node, String title, String visibility) {
    HttpResponse<String> created =
        asEditor(
            node,
            "POST",
            "/api/projects",
            Json.createObjectBuilder()
                .add("title", title)
                .add("stage", "launched")
                .add("origin", "ACCELERATED_EXISTING")
                .add("themes", Json.createArrayBuilder().add("food.access"))
                .add("visibility", visibility)
                .build()
                .toString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return json(created).getJsonNumber("id").longValue();
  }

  static String propose(String project, long id, String target) {
    return Json.createObjectBuilder()
        .add("project", id)
        .add("target", target)
        .add("basis", Json.createArrayBuilder().add("SAME_THEME"))
        .add("sharedThemes", Json.createArrayBuilder().add("food.access"))
        .add("message", "Deux épiceries solidaires : " + project)
        .build()
        .toString();
  }

  static boolean absent(JsonObject object, String key) {
    return !object.containsKey(key) || object.isNull(key);
  }

  static void assertProblem(HttpResponse<String> response, int status, String text) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("content-type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(response.body()).contains(text).doesNotContain("Exception").doesNotContain("\tat ");
  }

  // ---- the in-JVM peer ----

  static KeyPair rsa() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String peerActor() {
    return "http://127.0.0.1:" + peer.getAddress().getPort() + "/users/peer";
  }

  /** The peer's actor document at /users/peer; its inbox records what it receives. */
  static void servePeer(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (exchange.getRequestMethod().equals("POST")) {
        byte[] body = exchange.getRequestBody().readAllBytes();
        PEER_INBOX.add(HttpCalls.json(new String(body, StandardCharsets.UTF_8)));
        exchange.sendResponseHeaders(202, -1);
        return;
      }
      if (!exchange.getRequestURI().getPath().equals("/users/peer")) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      URI id = URI.create(peerActor());
      Actor actor =
          Actor.builder(ActorType.ORGANIZATION, id, URI.create(id + "/inbox"))
              .preferredUsername("peer")
              .publicKey(
                  new PublicKey(
                      URI.create(id + "#main-key"),
                      id,
                      PemKeys.encodePublicKey(peerKey.getPublic())))
              .build();
      byte[] body = CODEC.writeBytes(actor.asObject());
      exchange.getResponseHeaders().set("Content-Type", ACTIVITY_JSON);
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  /** An Offer{SimilarProjectLink} as the peer would send it, with its id. */
  static String offer(String id, String actor, String ours, String target) {
    return Json.createObjectBuilder()
        .add(
            "@context",
            Json.createArrayBuilder()
                .add("https://www.w3.org/ns/activitystreams")
                .add("https://essaim.org/ns/v1"))
        .add("id", id)
        .add("type", "Offer")
        .add("actor", actor)
        .add("target", target)
        .add(
            "object",
            Json.createObjectBuilder()
                .add("id", id + "#link")
                .add("type", "SimilarProjectLink")
                .add("linkedProject", Json.createArrayBuilder().add(ours).add(target))
                .add("status", "SUGGESTED")
                .add("attributedTo", actor))
        .build()
        .toString();
  }

  static String newPeerActivity() {
    return "http://127.0.0.1:" + peer.getAddress().getPort() + "/activities/" + UUID.randomUUID();
  }

  static HttpResponse<String> postToB(String body, boolean signed) {
    SignableRequest request =
        SignableRequest.post(
            b.uri("/inbox"),
            HttpFields.of("content-type", ACTIVITY_JSON),
            body.getBytes(StandardCharsets.UTF_8));
    if (signed) {
      request =
          Rfc9421Signer.builder(peerActor() + "#main-key", peerKey.getPrivate())
              .build()
              .sign(request);
    }
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(request.uri()).timeout(Duration.ofSeconds(60));
    for (Map.Entry<String, List<String>> header : request.headers().asMap().entrySet()) {
      if (!header.getKey().equalsIgnoreCase("host")) {
        header.getValue().forEach(v -> builder.header(header.getKey(), v));
      }
    }
    builder.POST(HttpRequest.BodyPublishers.ofByteArray(request.body().orElse(new byte[0])));
    return HttpCalls.send(HTTP, builder.build());
  }

  static JsonObject settledOnB(String activityId) {
    return Eventually.await(
        "B's journal settles " + activityId,
        PATIENCE,
        () ->
            adminB.journal("activity=" + FederationAdmin.encode(activityId)).stream()
                .filter(e -> !e.getString("outcome").equals("QUEUED"))
                .findFirst());
  }

  // ---- the tests ----

  @Test
  @Order(1)
  void theTerritoriesFollowEachOtherAndShareTheirProjects() {
    adminA.policy("AUTOMATIC", "OPEN");
    adminB.policy("AUTOMATIC", "OPEN");
    // One after the other: two crossing Follows race on the peer rows (see ExchangesIT).
    adminA.follow(adminB.actor());
    Eventually.until(
        "A follows B",
        PATIENCE,
        () -> adminA.followState(adminB.actor(), "following").equals("ACCEPTED"));
    adminB.follow(adminA.actor());
    Eventually.until(
        "B follows A",
        PATIENCE,
        () -> adminB.followState(adminA.actor(), "following").equals("ACCEPTED"));

    projectOnA = project(a, "Épicerie solidaire de Lons", "PUBLIC");
    projectOnB = project(b, "Épicerie solidaire de Vierzon", "PUBLIC");
    networkProjectOnB = project(b, "Jardin partagé de Vierzon", "NETWORK");
    projectUriOnA = a.uri("/objects/projects/" + projectOnA).toString();
    projectUriOnB = b.uri("/objects/projects/" + projectOnB).toString();
    networkProjectUriOnB = b.uri("/objects/projects/" + networkProjectOnB).toString();
    Eventually.await(
        "A's copy of B's project", PATIENCE, () -> adminA.copy("PROJECT", projectUriOnB));
    Eventually.await(
        "A's copy of B's NETWORK project",
        PATIENCE,
        () -> adminA.copy("PROJECT", networkProjectUriOnB));
    Eventually.await(
        "B's copy of A's project", PATIENCE, () -> adminB.copy("PROJECT", projectUriOnA));
  }

  @Test
  @Order(2)
  void accessIsForTheTeamAndAnswersForAdministratorsAndBadInputIsA400() {
    String path = "/api/federation/introductions";
    HttpResponse<String> anonymous =
        HttpCalls.send(
            a.http(),
            HttpCalls.request(a.uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(propose("x", projectOnA, projectUriOnB)))
                .build());
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(a.get(path).statusCode()).isEqualTo(401);
    a.createAccountWithoutRole("ancien", EDITOR);
    HttpResponse<String> roleless =
        HttpCalls.send(
            a.http(),
            HttpCalls.request(a.uri(path))
                .header("Authorization", HttpCalls.basic("ancien", PASSWORD))
                .GET()
                .build());
    assertThat(roleless.statusCode()).isEqualTo(403);
    // Answers are the administrators': an editor is refused before anything is looked up.
    assertThat(asEditor(b, "POST", path + "/1/accept", "").statusCode()).isEqualTo(403);
    assertThat(asEditor(b, "POST", path + "/1/reject", "").statusCode()).isEqualTo(403);
    assertThat(asEditor(b, "POST", path + "/1/withdraw", "").statusCode()).isEqualTo(403);
    assertThat(b.sendJsonAsAdmin("POST", path + "/999999/accept", "").statusCode()).isEqualTo(404);

    assertProblem(asEditor(a, "POST", path, "{"), 400, "");
    assertProblem(asEditor(a, "POST", path, "{}"), 400, "target");
    assertProblem(
        asEditor(
            a, "POST", path, "{\"project\":" + projectOnA + ",\"target\":\"pas une adresse\"}"),
        400,
        "target");
    assertProblem(
        asEditor(
            a,
            "POST",
            path,
            "{\"project\":"
                + projectOnA
                + ",\"target\":\""
                + b.uri("/objects/projects/424242")
                + "\"}"),
        400,
        "no project of another territory");
    assertProblem(
        asEditor(
            a,
            "POST",
            path,
            "{\"project\":%d,\"target\":\"%s\",\"basis\":[\"BECAUSE\"],\"sharedThemes\":[\"nope\"]}"
                .formatted(projectOnA, projectUriOnB)),
        400,
        "sharedThemes[0]");
    assertProblem(
        asEditor(
            a,
            "POST",
            path,
            Json.createObjectBuilder()
                .add("project", projectOnA)
                .add("target", projectUriOnB)
                .add("message", "x".repeat(1001))
                .build()
                .toString()),
        400,
        "message");
    assertProblem(
        asEditor(a, "POST", path, propose("x", 999999, projectUriOnB)), 404, "No project 999999");
    long local = project(a, "Projet resté local", "NODE_PUBLIC");
    assertProblem(
        asEditor(a, "POST", path, propose("x", local, projectUriOnB)), 409, "NODE_PUBLIC");
    assertThat(getAsEditor(a, path + "?direction=NONSENSE").statusCode()).isEqualTo(400);
    assertThat(getAsEditor(a, path + "?state=NONSENSE").statusCode()).isEqualTo(400);
    assertThat(items(getAsEditor(a, path))).isEmpty();
    assertThat(b.get("/api/projects/999999/links").statusCode()).isEqualTo(404);
  }

  @Test
  @Order(3)
  void introductionProposalAcceptedOnBothSides() {
    HttpResponse<String> sent =
        asEditor(
            a,
            "POST",
            "/api/federation/introductions",
            propose("Lons et Vierzon", projectOnA, projectUriOnB));
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
    JsonObject proposal = json(sent);
    assertThat(proposal.getString("state")).isEqualTo("PROPOSED");
    assertThat(proposal.getString("direction")).isEqualTo("SENT");
    assertThat(proposal.getString("remoteProjectTitle")).isEqualTo("Épicerie solidaire de Vierzon");
    assertThat(sent.headers().firstValue("Location")).isPresent();
    String offerId = proposal.getString("offerId");
    // The same pair again while it is pending: a conflict.
    assertProblem(
        asEditor(
            a,
            "POST",
            "/api/federation/introductions",
            propose("encore", projectOnA, projectUriOnB)),
        409,
        "already");

    JsonObject received =
        Eventually.await(
            "B receives the introduction",
            PATIENCE,
            () -> introduction(b, "direction=RECEIVED&state=PROPOSED", offerId));
    assertThat(received.getString("peerActor")).isEqualTo(adminA.actor());
    assertThat(received.getJsonNumber("projectId").longValue()).isEqualTo(projectOnB);
    assertThat(received.getString("remoteProjectUri")).isEqualTo(projectUriOnA);
    assertThat(received.getString("remoteProjectTitle")).isEqualTo("Épicerie solidaire de Lons");
    assertThat(received.getString("message"))
        .isEqualTo("Deux épiceries solidaires : Lons et Vierzon");
    assertThat(received.getJsonArray("sharedThemes").getString(0)).isEqualTo("food.access");
    // Nobody's username crosses the wire.
    assertThat(absent(received, "proposedBy")).isTrue();
    // Not linked before it is accepted.
    assertThat(links(b.get("/api/projects/" + projectOnB + "/links"))).isEmpty();

    long id = received.getJsonNumber("id").longValue();
    HttpResponse<String> accepted =
        b.sendJsonAsAdmin("POST", "/api/federation/introductions/" + id + "/accept", "");
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
    assertThat(json(accepted).getString("state")).isEqualTo("ACCEPTED");
    assertProblem(
        b.sendJsonAsAdmin("POST", "/api/federation/introductions/" + id + "/reject", ""),
        409,
        "illegal-transition");

    Eventually.await(
        "A learns its introduction was accepted",
        PATIENCE,
        () -> introduction(a, "direction=SENT&state=ACCEPTED", offerId));

    // Both projects PUBLIC: the link is public on both nodes.
    List<JsonObject> onB = links(b.get("/api/projects/" + projectOnB + "/links"));
    assertThat(onB).hasSize(1);
    assertThat(onB.get(0).getString("project")).isEqualTo(projectUriOnA);
    assertThat(onB.get(0).getString("title")).isEqualTo("Épicerie solidaire de Lons");
    assertThat(onB.get(0).getString("territory")).isEqualTo(adminA.actor());
    assertThat(onB.get(0).getString("direction")).isEqualTo("RECEIVED");
    List<JsonObject> onA = links(a.get("/api/projects/" + projectOnA + "/links"));
    assertThat(onA).hasSize(1);
    assertThat(onA.get(0).getString("project")).isEqualTo(projectUriOnB);
    assertThat(onA.get(0).getString("title")).isEqualTo("Épicerie solidaire de Vierzon");
    assertThat(onA.get(0).getString("territory")).isEqualTo(adminB.actor());
    assertThat(onA.get(0).getString("direction")).isEqualTo("SENT");
  }

  @Test
  @Order(4)
  void introductionProposalRejected() {
    HttpResponse<String> sent =
        asEditor(
            a,
            "POST",
            "/api/federation/introductions",
            propose("jardin", projectOnA, networkProjectUriOnB));
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
    String offerId = json(sent).getString("offerId");
    JsonObject received =
        Eventually.await(
            "B receives the second introduction",
            PATIENCE,
            () -> introduction(b, "direction=RECEIVED&state=PROPOSED", offerId));
    HttpResponse<String> rejected =
        b.sendJsonAsAdmin(
            "POST",
            "/api/federation/introductions/" + received.getJsonNumber("id") + "/reject",
            "");
    assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);
    assertThat(json(rejected).getString("state")).isEqualTo("REJECTED");
    Eventually.await(
        "A learns its introduction was rejected",
        PATIENCE,
        () -> introduction(a, "direction=SENT&state=REJECTED", offerId));
    assertThat(links(b.getAsAdmin("/api/projects/" + networkProjectOnB + "/links"))).isEmpty();
    // A sees one link only, the accepted one.
    assertThat(links(a.getAsAdmin("/api/projects/" + projectOnA + "/links"))).hasSize(1);
  }

  @Test
  @Order(5)
  void offersAboutUnknownOrSomeoneElsesProjectsAndSpoofedOnesAreRefused() {
    String peerProject = "http://127.0.0.1:" + peer.getAddress().getPort() + "/projects/1";
    long before = items(b.getAsAdmin("/api/federation/introductions?direction=RECEIVED")).size();

    // About a project B does not have: refused in the journal, and the peer gets a Reject.
    String unknown = newPeerActivity();
    HttpResponse<String> accepted =
        postToB(
            offer(unknown, peerActor(), peerProject, b.uri("/objects/projects/424242").toString()),
            true);
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    JsonObject entry = settledOnB(unknown);
    assertThat(entry.getString("outcome")).isEqualTo("REJECTED");
    assertThat(entry.getString("reason")).contains("no project this territory shares");
    Eventually.await(
        "the peer receives B's Reject",
        PATIENCE,
        () ->
            PEER_INBOX.stream()
                .filter(r -> r.getString("type").equals("Reject"))
                .filter(r -> unknown.equals(r.getString("object")))
                .findFirst());

    // Introducing A's project, which is not the peer's.
    String foreign = newPeerActivity();
    assertThat(
            postToB(offer(foreign, peerActor(), projectUriOnA, projectUriOnB), true).statusCode())
        .isEqualTo(202);
    JsonObject foreignEntry = settledOnB(foreign);
    assertThat(foreignEntry.getString("outcome")).isEqualTo("REJECTED");
    assertThat(foreignEntry.getString("reason")).contains("its own projects only");

    // Unsigned: refused at the door.
    HttpResponse<String> unsigned =
        postToB(offer(newPeerActivity(), peerActor(), peerProject, projectUriOnB), false);
    assertThat(unsigned.statusCode()).isEqualTo(401);
    // Signed by the peer in A's name: the key is not A's.
    String spoofedId = a.uri("/activities/" + UUID.randomUUID()).toString();
    HttpResponse<String> spoofed =
        postToB(offer(spoofedId, adminA.actor(), projectUriOnA, projectUriOnB), true);
    assertThat(spoofed.statusCode()).as(spoofed.body()).isEqualTo(403);

    // A well-formed one from the peer about its own project reaches B's administrators.
    String fair = newPeerActivity();
    assertThat(postToB(offer(fair, peerActor(), peerProject, projectUriOnB), true).statusCode())
        .isEqualTo(202);
    assertThat(settledOnB(fair).getString("outcome")).isEqualTo("PROCESSED");
    JsonObject listed = introduction(b, "direction=RECEIVED&state=PROPOSED", fair).orElseThrow();
    assertThat(absent(listed, "remoteProjectTitle")).isTrue();
    assertThat(items(b.getAsAdmin("/api/federation/introductions?direction=RECEIVED")))
        .hasSize((int) before + 1);
    // The same activity again is a duplicate: nothing more.
    assertThat(postToB(offer(fair, peerActor(), peerProject, projectUriOnB), true).statusCode())
        .isEqualTo(202);
    assertThat(items(b.getAsAdmin("/api/federation/introductions?direction=RECEIVED")))
        .hasSize((int) before + 1);
  }

  @Test
  @Order(6)
  void eitherSideWithdrawsALink() {
    JsonObject link = introduction(b, "direction=RECEIVED&state=ACCEPTED", null).orElseThrow();
    String offerId = link.getString("offerId");
    HttpResponse<String> withdrawn =
        b.sendJsonAsAdmin(
            "POST", "/api/federation/introductions/" + link.getJsonNumber("id") + "/withdraw", "");
    assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
    assertThat(json(withdrawn).getString("state")).isEqualTo("WITHDRAWN");
    assertThat(links(b.get("/api/projects/" + projectOnB + "/links"))).isEmpty();
    Eventually.await(
        "A learns the link was withdrawn",
        PATIENCE,
        () -> introduction(a, "direction=SENT&state=WITHDRAWN", offerId));
    JsonArray onA =
        Json.createReader(
                new java.io.StringReader(
                    a.getAsAdmin("/api/projects/" + projectOnA + "/links").body()))
            .readArray();
    assertThat(onA).isEmpty();
    // Withdrawn is final.
    assertProblem(
        b.sendJsonAsAdmin(
            "POST", "/api/federation/introductions/" + link.getJsonNumber("id") + "/withdraw", ""),
        409,
        "illegal-transition");
  }
}
