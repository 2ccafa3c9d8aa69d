// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.essaim.node.testsupport.HttpCalls.json;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.essaim.federation.jsonld.ActivityStreamsCodec;
import org.essaim.federation.keys.PemKeys;
import org.essaim.federation.sig.CavageSigner;
import org.essaim.federation.sig.HttpFields;
import org.essaim.federation.sig.Rfc9421Signer;
import org.essaim.federation.sig.SignableRequest;
import org.essaim.federation.vocab.Actor;
import org.essaim.federation.vocab.ActorType;
import org.essaim.federation.vocab.PublicKey;
import org.essaim.node.testsupport.HttpCalls;
import org.essaim.node.testsupport.NodeProcess;
import org.essaim.node.testsupport.PeerRows;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The inboxes under attack, over real HTTP: one node, and a fake peer (an in-JVM HTTP server on
 * loopback, reachable as 127.0.0.1 and as localhost, two hosts) serving actors whose RSA keys the
 * test holds and signs with, through the library's signers. Each case asserts the status, the
 * problem and the inbound journal entry.
 */
class InboxAttackIT {

  static final ActivityStreamsCodec CODEC = new ActivityStreamsCodec();
  static final String AS = "https://www.w3.org/ns/activitystreams";
  static final String ACTIVITY_JSON = "application/activity+json";

  static NodeProcess node;
  static HttpServer peerServer;
  static int peerPort;
  static final Map<String, KeyPair> KEYS = new ConcurrentHashMap<>();

  /** Objects the fake peer serves, by path. */
  static final Map<String, byte[]> OBJECTS = new ConcurrentHashMap<>();

  // HTTP/1.1: a first request with a body sent as an h2c upgrade never reaches Liberty's servlets.
  static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  static String territory;

  @BeforeAll
  static void start() throws IOException {
    for (String name : List.of("peer", "second", "other", "blocked")) {
      KEYS.put(name, rsa());
    }
    peerServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    peerServer.createContext("/", InboxAttackIT::servePeer);
    peerServer.start();
    peerPort = peerServer.getAddress().getPort();
    try {
      node = NodeProcess.start("inbox-attack");
      node.createAccount("editor", "editor-password-1", "editor");
      territory = node.uri("/actors/territory").toString();
    } catch (RuntimeException | Error e) {
      peerServer.stop(0);
      throw e;
    }
  }

  @AfterAll
  static void stop() {
    try {
      if (node != null) {
        node.close();
      }
    } finally {
      if (peerServer != null) {
        peerServer.stop(0);
      }
    }
  }

  // ---- the fake peer ----

  static KeyPair rsa() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Actor documents at /users/{name}, their id on the host the request named. */
  static void servePeer(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      if (exchange.getRequestMethod().equals("POST")) {
        exchange.getRequestBody().readAllBytes();
        exchange.sendResponseHeaders(202, -1);
        return;
      }
      byte[] object = OBJECTS.get(path);
      if (object != null) {
        exchange.getResponseHeaders().set("Content-Type", ACTIVITY_JSON);
        exchange.sendResponseHeaders(200, object.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(object);
        }
        return;
      }
      String name = path.startsWith("/users/") ? path.substring("/users/".length()) : "";
      KeyPair key = KEYS.get(name);
      if (key == null) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      URI id = URI.create("http://" + exchange.getRequestHeaders().getFirst("Host") + path);
      Actor actor =
          Actor.builder(ActorType.PERSON, id, URI.create(id + "/inbox"))
              .preferredUsername(name)
              .publicKey(
                  new PublicKey(
                      URI.create(id + "#main-key"), id, PemKeys.encodePublicKey(key.getPublic())))
              .build();
      byte[] body = CODEC.writeBytes(actor.asObject());
      exchange.getResponseHeaders().set("Content-Type", ACTIVITY_JSON);
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  static String actor(String name) {
    return "http://127.0.0.1:" + peerPort + "/users/" + name;
  }

  static String actorOnOtherHost(String name) {
    return "http://localhost:" + peerPort + "/users/" + name;
  }

  static String newId(String actor) {
    return actor.substring(0, actor.indexOf("/users/")) + "/activities/" + UUID.randomUUID();
  }

  static String like(String id, String actor) {
    return "{\"@context\":\""
        + AS
        + "\",\"id\":\""
        + id
        + "\",\"type\":\"Like\",\"actor\":\""
        + actor
        + "\",\"object\":\""
        + territory
        + "\"}";
  }

  // ---- signing and sending ----

  static SignableRequest unsigned(String path, String body) {
    return SignableRequest.post(
        node.uri(path),
        HttpFields.of("content-type", ACTIVITY_JSON),
        body.getBytes(StandardCharsets.UTF_8));
  }

  static SignableRequest rfc9421(String keyActor, KeyPair key, SignableRequest request) {
    return Rfc9421Signer.builder(keyActor + "#main-key", key.getPrivate()).build().sign(request);
  }

  static SignableRequest signed(String name, String path, String body) {
    return rfc9421(actor(name), KEYS.get(name), unsigned(path, body));
  }

  static HttpResponse<String> send(SignableRequest request) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(request.uri()).timeout(Duration.ofSeconds(60));
    for (Map.Entry<String, List<String>> header : request.headers().asMap().entrySet()) {
      if (header.getKey().equalsIgnoreCase("host")) {
        continue;
      }
      for (String value : header.getValue()) {
        builder.header(header.getKey(), value);
      }
    }
    builder.POST(HttpRequest.BodyPublishers.ofByteArray(request.body().orElse(new byte[0])));
    return HttpCalls.send(HTTP, builder.build());
  }

  // ---- the journal ----

  static JsonObject newestJournalEntry(String query) {
    HttpResponse<String> page = node.getAsAdmin("/api/admin/federation/inbound?size=1&" + query);
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    List<JsonObject> items = json(page).getJsonArray("items").getValuesAs(JsonObject.class);
    assertThat(items).as("journal entries for " + query).isNotEmpty();
    return items.get(0);
  }

  static List<JsonObject> journalOf(String activityId) {
    HttpResponse<String> page =
        node.getAsAdmin(
            "/api/admin/federation/inbound?activity="
                + URLEncoder.encode(activityId, StandardCharsets.UTF_8));
    assertThat(page.statusCode()).isEqualTo(200);
    return json(page).getJsonArray("items").getValuesAs(JsonObject.class);
  }

  /** The entry of an accepted activity, once its handler (or the lack of one) decided. */
  static JsonObject settled(String activityId) {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (true) {
      List<JsonObject> entries = journalOf(activityId);
      if (!entries.isEmpty() && !entries.get(0).getString("outcome").equals("QUEUED")) {
        return entries.get(0);
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("still queued: " + entries);
      }
      sleep(200);
    }
  }

  static void assertRejected(
      HttpResponse<String> response, int status, String problem, String reasonStart) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    JsonObject body = json(response);
    assertThat(body.getString("type")).isEqualTo("urn:essaim:problem:" + problem);
    assertThat(body.getInt("status")).isEqualTo(status);
    assertThat(body.getString("detail"))
        .isNotBlank()
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    JsonObject entry = newestJournalEntry("outcome=REJECTED");
    assertThat(entry.getInt("status")).isEqualTo(status);
    assertThat(entry.getString("reason")).startsWith(reasonStart);
  }

  static long storedActivities() {
    try (Connection db =
            DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + node.databasePort() + "/essaim",
                "essaim",
                "essaim");
        Statement statement = db.createStatement();
        ResultSet rows = statement.executeQuery("SELECT count(*) FROM inbox_activity")) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  // ---- accepted ----

  @Test
  void aValidSignedActivityIsAcceptedAtOnceAndJournalled() {
    String id = newId(actor("peer"));
    HttpResponse<String> response = send(signed("peer", "/inbox", like(id, actor("peer"))));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    assertThat(response.body()).isEmpty();
    JsonObject entry = settled(id);
    assertThat(entry.getString("outcome")).isEqualTo("IGNORED");
    assertThat(entry.getString("reason")).contains("unsupported type Like");
    assertThat(entry.getString("actor")).isEqualTo(actor("peer"));
    assertThat(entry.getString("host")).isEqualTo("127.0.0.1");
    assertThat(entry.getString("keyId")).isEqualTo(actor("peer") + "#main-key");
    assertThat(entry.getString("activityType")).isEqualTo("Like");
    assertThat(entry.getString("inbox")).isEqualTo("/inbox");
    assertThat(entry.getInt("status")).isEqualTo(202);
  }

  @Test
  void rfc9421AndCavageAreBothAcceptedOnEveryInbox() {
    String rfcId = newId(actor("peer"));
    assertThat(
            send(signed("peer", "/actors/territory/inbox", like(rfcId, actor("peer"))))
                .statusCode())
        .isEqualTo(202);
    String cavageId = newId(actor("peer"));
    SignableRequest cavage =
        CavageSigner.builder(actor("peer") + "#main-key", KEYS.get("peer").getPrivate())
            .build()
            .sign(unsigned("/actors/instance/inbox", like(cavageId, actor("peer"))));
    assertThat(cavage.headers().contains("signature-input")).isFalse();
    HttpResponse<String> response = send(cavage);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    assertThat(settled(rfcId).getString("inbox")).isEqualTo("/actors/territory/inbox");
    assertThat(settled(cavageId).getString("inbox")).isEqualTo("/actors/instance/inbox");
  }

  @Test
  void aDuplicateActivityIdIsAcceptedButProcessedOnce() {
    String id = newId(actor("peer"));
    String body = like(id, actor("peer"));
    assertThat(send(signed("peer", "/inbox", body)).statusCode()).isEqualTo(202);
    SignableRequest again =
        Rfc9421Signer.builder(actor("peer") + "#main-key", KEYS.get("peer").getPrivate())
            .created(Instant.now().minusSeconds(3))
            .build()
            .sign(unsigned("/inbox", body));
    assertThat(send(again).statusCode()).isEqualTo(202);
    settled(id);
    List<JsonObject> entries = journalOf(id);
    assertThat(entries).hasSize(2);
    assertThat(entries)
        .extracting(e -> e.getString("reason"))
        .containsExactlyInAnyOrder(
            "ignored: duplicate (this activity id was already received)",
            "ignored: unsupported type Like");
  }

  // ---- refused ----

  @Test
  void aBlockedActorIsRefusedEvenWithAValidSignature() {
    HttpResponse<String> block =
        node.sendJsonAsAdmin(
            "POST",
            "/api/admin/federation/blocks",
            "{\"actor\":\"" + actor("blocked") + "\",\"reason\":\"Spam\"}");
    assertThat(block.statusCode()).as(block.body()).isEqualTo(201);
    String id = newId(actor("blocked"));
    long before = storedActivities();

    assertRejected(
        send(signed("blocked", "/inbox", like(id, actor("blocked")))),
        403,
        "federation-not-admitted",
        "this territory does not accept activities from");
    assertThat(storedActivities()).isEqualTo(before);
  }

  @Test
  void anUnsignedPostIsRefused() {
    String id = newId(actor("peer"));
    assertRejected(
        send(unsigned("/inbox", like(id, actor("peer")))), 401, "federation-unsigned", "unsigned");
  }

  @Test
  void aBadSignatureIsRefused() {
    String id = newId(actor("peer"));
    // signed with the second actor's private key under the first one's keyId
    SignableRequest forged =
        rfc9421(actor("peer"), KEYS.get("second"), unsigned("/inbox", like(id, actor("peer"))));
    assertRejected(
        send(forged), 401, "federation-bad-signature", "bad signature: INVALID_SIGNATURE");
  }

  @Test
  void aStaleSignatureIsRefused() {
    String id = newId(actor("peer"));
    Instant tenMinutesAgo = Instant.now().minus(Duration.ofMinutes(10));
    SignableRequest stale =
        Rfc9421Signer.builder(actor("peer") + "#main-key", KEYS.get("peer").getPrivate())
            .created(tenMinutesAgo)
            .build()
            .sign(unsigned("/inbox", like(id, actor("peer"))));
    assertRejected(send(stale), 401, "federation-bad-signature", "bad signature: CLOCK_SKEW");
    SignableRequest staleCavage =
        CavageSigner.builder(actor("peer") + "#main-key", KEYS.get("peer").getPrivate())
            .clock(Clock.fixed(tenMinutesAgo, java.time.ZoneOffset.UTC))
            .build()
            .sign(unsigned("/inbox", like(newId(actor("peer")), actor("peer"))));
    assertRejected(send(staleCavage), 401, "federation-bad-signature", "bad signature: CLOCK_SKEW");
  }

  @Test
  void aReplayedRequestIsRefused() {
    String id = newId(actor("peer"));
    SignableRequest request = signed("peer", "/inbox", like(id, actor("peer")));
    assertThat(send(request).statusCode()).isEqualTo(202);
    assertRejected(send(request), 401, "federation-replayed", "replayed");
    assertThat(newestJournalEntry("outcome=REJECTED").getString("activityId")).isEqualTo(id);
  }

  @Test
  void aBodyThatDoesNotMatchItsDigestIsRefused() {
    String id = newId(actor("peer"));
    SignableRequest request = signed("peer", "/inbox", like(id, actor("peer")));
    SignableRequest tampered =
        request.withBody(
            like(newId(actor("peer")), actor("peer")).getBytes(StandardCharsets.UTF_8));
    assertRejected(
        send(tampered), 401, "federation-bad-signature", "bad signature: DIGEST_MISMATCH");
  }

  @Test
  void aKeyOfAnotherHostIsRefused() {
    String id = newId(actor("peer"));
    SignableRequest request =
        rfc9421(
            actorOnOtherHost("other"),
            KEYS.get("other"),
            unsigned("/inbox", like(id, actor("peer"))));
    assertRejected(send(request), 403, "federation-origin-mismatch", "key not owned by the actor");
    assertThat(newestJournalEntry("outcome=REJECTED").getString("keyId"))
        .isEqualTo(actorOnOtherHost("other") + "#main-key");
  }

  @Test
  void aKeyOfAnotherActorOfTheSameHostIsRefused() {
    String id = newId(actor("second"));
    // the first actor's key signing an activity of the second
    SignableRequest request = signed("peer", "/inbox", like(id, actor("second")));
    assertRejected(send(request), 403, "federation-origin-mismatch", "key not owned by the actor");
  }

  @Test
  void aCreateOfAnObjectOnAnotherHostIsRefused() {
    String create =
        "{\"@context\":\""
            + AS
            + "\",\"id\":\""
            + newId(actor("peer"))
            + "\",\"type\":\"Create\","
            + "\"actor\":\""
            + actor("peer")
            + "\",\"object\":{\"id\":\""
            + actorOnOtherHost("other")
            + "/notes/1\",\"type\":\"Note\",\"content\":\"forged\"}}";
    assertRejected(
        send(signed("peer", "/inbox", create)),
        403,
        "federation-origin-mismatch",
        "origin mismatch");
  }

  @Test
  void anAnnounceOfAForgedObjectIsRejected() {
    // The node follows "peer", which re-shares a note of "other": the embedded copy says something
    // the note at its own address does not.
    PeerRows.insert(node, URI.create(actor("peer")), "NONE", "ACCEPTED");
    String noteId = actor("other").replace("/users/other", "/objects/note-1");
    OBJECTS.put(
        "/objects/note-1",
        ("{\"@context\":\"%s\",\"id\":\"%s\",\"type\":\"Note\",\"attributedTo\":\"%s\","
                + "\"content\":\"Le vrai texte\",\"to\":\"%s#Public\"}")
            .formatted(AS, noteId, actor("other"), AS)
            .getBytes(StandardCharsets.UTF_8));
    String id = newId(actor("peer"));
    String announce =
        ("{\"@context\":\"%s\",\"id\":\"%s\",\"type\":\"Announce\",\"actor\":\"%s\","
                + "\"to\":\"%s#Public\",\"object\":{\"id\":\"%s\",\"type\":\"Note\","
                + "\"attributedTo\":\"%s\",\"content\":\"Un texte falsifié\","
                + "\"to\":\"%s#Public\"}}")
            .formatted(AS, id, actor("peer"), AS, noteId, actor("other"), AS);

    HttpResponse<String> response = send(signed("peer", "/inbox", announce));

    // Signed by its actor and of its origin, the Announce is queued; its handler finds the forgery.
    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    JsonObject entry = settled(id);
    assertThat(entry.getString("outcome")).isEqualTo("REJECTED");
    assertThat(entry.getString("reason")).containsIgnoringCase("differ");
  }

  @Test
  void anUpdateOrDeleteOfAnObjectOnAnotherHostIsRefused() {
    String update =
        "{\"@context\":\""
            + AS
            + "\",\"id\":\""
            + newId(actor("peer"))
            + "\",\"type\":\"Update\","
            + "\"actor\":\""
            + actor("peer")
            + "\",\"object\":{\"id\":\""
            + actorOnOtherHost("other")
            + "/notes/1\",\"type\":\"Note\",\"content\":\"edited\"}}";
    assertRejected(
        send(signed("peer", "/inbox", update)),
        403,
        "federation-origin-mismatch",
        "origin mismatch");
    String delete =
        "{\"@context\":\""
            + AS
            + "\",\"id\":\""
            + newId(actor("peer"))
            + "\",\"type\":\"Delete\","
            + "\"actor\":\""
            + actor("peer")
            + "\",\"object\":\""
            + actorOnOtherHost("other")
            + "/notes/1\"}";
    assertRejected(
        send(signed("peer", "/inbox", delete)),
        403,
        "federation-origin-mismatch",
        "origin mismatch");
  }

  @Test
  void aRemoteContextIsRefused() {
    String body =
        "{\"@context\":[\""
            + AS
            + "\",\"https://evil.example/context.jsonld\"],\"id\":\""
            + newId(actor("peer"))
            + "\",\"type\":\"Like\",\"actor\":\""
            + actor("peer")
            + "\",\"object\":\""
            + territory
            + "\"}";
    assertRejected(
        send(signed("peer", "/inbox", body)),
        400,
        "federation-forbidden-context",
        "remote @context refused");
  }

  @Test
  void aTenMegabyteBodyIsRefusedAndNothingStored() {
    long before = storedActivities();
    String padding = "x".repeat(10 * 1024 * 1024);
    String body =
        "{\"@context\":\""
            + AS
            + "\",\"id\":\""
            + newId(actor("peer"))
            + "\",\"type\":\"Like\","
            + "\"actor\":\""
            + actor("peer")
            + "\",\"object\":\""
            + territory
            + "\",\"content\":\""
            + padding
            + "\"}";
    assertRejected(send(signed("peer", "/inbox", body)), 413, "payload-too-large", "body of ");
    assertThat(storedActivities()).isEqualTo(before);
  }

  @Test
  void aKeyOnAPrivateAddressIsRefusedUnlessConfigured() {
    try (NodeProcess strict =
        NodeProcess.start(
            "inbox-attack-strict", Map.of("ESSAIM_FEDERATION_ALLOW_PRIVATE_ADDRESSES", "false"))) {
      String id = newId(actor("peer"));
      SignableRequest request =
          rfc9421(
              actor("peer"),
              KEYS.get("peer"),
              SignableRequest.post(
                  strict.uri("/inbox"),
                  HttpFields.of("content-type", ACTIVITY_JSON),
                  like(id, actor("peer")).getBytes(StandardCharsets.UTF_8)));
      HttpResponse<String> response = send(request);
      assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
      JsonObject problem = json(response);
      assertThat(problem.getString("type"))
          .isEqualTo("urn:essaim:problem:federation-key-unavailable");
      assertThat(problem.getString("detail")).doesNotContain("127.0.0.1");
      HttpResponse<String> journal =
          strict.getAsAdmin("/api/admin/federation/inbound?outcome=REJECTED&size=1");
      JsonObject entry = json(journal).getJsonArray("items").getJsonObject(0);
      assertThat(entry.getInt("status")).isEqualTo(401);
      assertThat(entry.getString("reason"))
          .startsWith("signing key unavailable")
          .contains("Address refused");
    }
  }

  @Test
  void inboxesTakeOnlyActivityPostsAndTheJournalOnlyAdministrators() {
    assertThat(node.get("/inbox").statusCode()).isEqualTo(405);
    HttpResponse<String> text =
        HttpCalls.send(
            HTTP,
            HttpCalls.request(node.uri("/inbox"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("hello"))
                .build());
    assertThat(text.statusCode()).isEqualTo(415);
    assertThat(json(text).getString("type")).isEqualTo("urn:essaim:problem:unsupported-media-type");
    assertThat(node.get("/api/admin/federation/inbound").statusCode()).isEqualTo(401);
    HttpResponse<String> editor =
        HttpCalls.send(
            HTTP,
            HttpCalls.request(node.uri("/api/admin/federation/inbound"))
                .header("Authorization", HttpCalls.basic("editor", "editor-password-1"))
                .GET()
                .build());
    assertThat(editor.statusCode()).isEqualTo(403);
    assertThat(node.getAsAdmin("/api/admin/federation/inbound?outcome=NOPE").statusCode())
        .isEqualTo(400);
  }
}
