// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.essaim.node.testsupport.HttpCalls.json;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.essaim.federation.jsonld.ActivityStreamsCodec;
import org.essaim.federation.keys.KeyPairs;
import org.essaim.federation.keys.Multikey;
import org.essaim.federation.keys.PemKeys;
import org.essaim.federation.vocab.Activity;
import org.essaim.federation.vocab.ActivityType;
import org.essaim.federation.vocab.Actor;
import org.essaim.federation.vocab.ActorType;
import org.essaim.federation.vocab.As;
import org.essaim.federation.vocab.AsObject;
import org.essaim.federation.vocab.Collection;
import org.essaim.federation.vocab.IriReference;
import org.essaim.federation.vocab.Literal;
import org.essaim.federation.vocab.MultikeyMethod;
import org.essaim.federation.vocab.PublicKey;
import org.essaim.federation.vocab.essaim.LocalizedText;
import org.essaim.federation.vocab.essaim.Project;
import org.essaim.node.testsupport.HttpCalls;
import org.essaim.node.testsupport.NodeProcess;
import org.essaim.node.testsupport.PeerRows;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Copies of a peer's objects over real HTTP: a peer territory (an in-JVM HTTP server on loopback)
 * publishes an outbox of two pages of Create{Project}; the node backfills it on an administrator's
 * request, lists the copies with their attribution (NETWORK ones to signed-in members only), and a
 * second run imports nothing twice.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RemoteCopiesIT {

  static final ActivityStreamsCodec CODEC = new ActivityStreamsCodec();
  static final String EDITOR = "camille";
  static final String EDITOR_PASSWORD = "editor-secret-123";
  static final URI PUBLIC = URI.create(As.PUBLIC);

  static HttpServer peer;
  static NodeProcess node;
  static String origin;
  static URI actor;
  static final Map<String, byte[]> documents = new ConcurrentHashMap<>();
  static final AtomicInteger requests = new AtomicInteger();

  @BeforeAll
  static void start() throws IOException {
    peer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    peer.createContext("/", RemoteCopiesIT::serve);
    peer.start();
    origin = "http://127.0.0.1:" + peer.getAddress().getPort();
    actor = URI.create(origin + "/actors/territory");
    publishPeer();
    try {
      node = NodeProcess.start("remote-copies");
      node.createAccount(EDITOR, EDITOR_PASSWORD, "editor");
      // The node follows the peer and the peer accepted (an in-JVM peer cannot send a real Accept).
      PeerRows.insert(node, actor, "NONE", "ACCEPTED");
    } catch (RuntimeException | Error e) {
      stop();
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
      if (peer != null) {
        peer.stop(0);
      }
    }
  }

  static void serve(HttpExchange exchange) throws IOException {
    requests.incrementAndGet();
    String key = exchange.getRequestURI().getRawPath();
    if (exchange.getRequestURI().getRawQuery() != null) {
      key += "?" + exchange.getRequestURI().getRawQuery();
    }
    byte[] body = documents.get(key);
    try (exchange) {
      if (body == null) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      exchange.getResponseHeaders().set("Content-Type", "application/activity+json");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  static URI at(String path) {
    return URI.create(origin + path);
  }

  static void put(URI id, AsObject document) {
    String path = id.getRawPath() + (id.getRawQuery() == null ? "" : "?" + id.getRawQuery());
    documents.put(path, CODEC.writeBytes(document));
  }

  static AsObject project(int n, String name, boolean isPublic) {
    URI id = at("/projects/" + n);
    return new Project(
            id,
            actor,
            LocalizedText.fr(name),
            LocalizedText.fr("Un projet de Vierzon : " + name),
            "emergence",
            "ACTIVE",
            null,
            List.of("circular-economy.repair"),
            List.of(),
            null,
            null,
            List.of(),
            null,
            false,
            true,
            null,
            null,
            null,
            URI.create("https://vierzon.example/projets/" + n))
        .toAsObject().toBuilder()
            .set(As.PUBLISHED, Literal.dateTime(Instant.parse("2025-03-0" + n + "T09:00:00Z")))
            .add(As.TO, new IriReference(isPublic ? PUBLIC : URI.create(actor + "/followers")))
            .build();
  }

  static Activity create(AsObject object, boolean isPublic) {
    URI objectId = object.id().orElseThrow();
    return Activity.builder(ActivityType.CREATE)
        .id(URI.create(objectId + "/create"))
        .actor(actor)
        .object(object)
        .to(isPublic ? PUBLIC : URI.create(actor + "/followers"))
        .build();
  }

  /** Vierzon: an actor with RSA and Ed25519 keys, an outbox of two pages, four projects. */
  static void publishPeer() {
    KeyPair rsa = KeyPairs.generateRsa2048();
    KeyPair ed25519 = KeyPairs.generateEd25519();
    URI outbox = at("/actors/territory/outbox");
    put(
        actor,
        Actor.builder(ActorType.ORGANIZATION, actor, at("/actors/territory/inbox"))
            .outbox(outbox)
            .preferredUsername("vierzon")
            .name("Vierzon", "fr")
            .publicKey(
                new PublicKey(
                    URI.create(actor + "#main-key"),
                    actor,
                    PemKeys.encodePublicKey(rsa.getPublic())))
            .assertionMethod(
                new MultikeyMethod(
                    URI.create(actor + "#ed25519-key"),
                    actor,
                    Multikey.encodePublicKey(ed25519.getPublic())))
            .build()
            .asObject());
    URI page1 = URI.create(outbox + "?page=1");
    URI page2 = URI.create(outbox + "?page=2");
    put(
        outbox,
        Collection.builder(outbox, true, false).totalItems(4).first(page1).build().asObject());
    AsObject recyclerie = project(4, "Recyclerie", true);
    AsObject epicerie = project(3, "Épicerie solidaire", true);
    AsObject garage = project(2, "Garage solidaire", false);
    AsObject tierslieu = project(1, "Tiers-lieu", true);
    // The tiers-lieu is only named by its id in the outbox: the node fetches it.
    put(tierslieu.id().orElseThrow(), tierslieu);
    Activity tierslieuCreate =
        Activity.builder(ActivityType.CREATE)
            .id(URI.create(tierslieu.id().orElseThrow() + "/create"))
            .actor(actor)
            .object(tierslieu.id().orElseThrow())
            .to(PUBLIC)
            .build();
    put(
        page1,
        Collection.builder(page1, true, true)
            .partOf(outbox)
            .next(page2)
            .item(create(recyclerie, true).asObject())
            .item(create(epicerie, true).asObject())
            .build()
            .asObject());
    put(
        page2,
        Collection.builder(page2, true, true)
            .partOf(outbox)
            .prev(page1)
            .item(create(garage, false).asObject())
            .item(tierslieuCreate.asObject())
            .build()
            .asObject());
  }

  static HttpResponse<String> getAs(String path, String username, String password) {
    return HttpCalls.send(
        node.http(),
        HttpCalls.request(node.uri(path))
            .header("Authorization", HttpCalls.basic(username, password))
            .GET()
            .build());
  }

  static String backfillRequest() {
    return "{\"actor\":\"" + actor + "\"}";
  }

  /** Waits for the peer's backfill to leave RUNNING, and returns it. */
  static JsonObject awaitBackfill() throws InterruptedException {
    long deadline = System.nanoTime() + 90_000_000_000L;
    while (true) {
      HttpResponse<String> list = node.getAsAdmin("/api/admin/federation/backfills");
      assertThat(list.statusCode()).isEqualTo(200);
      JsonObject run =
          json(list).getJsonArray("items").getValuesAs(JsonObject.class).stream()
              .filter(r -> r.getString("actor").equals(actor.toString()))
              .findFirst()
              .orElseThrow();
      if (!run.getString("state").equals("RUNNING")) {
        return run;
      }
      assertThat(System.nanoTime()).as("backfill still running").isLessThan(deadline);
      Thread.sleep(250);
    }
  }

  static List<JsonObject> items(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response).getJsonArray("items").getValuesAs(JsonObject.class);
  }

  @Test
  @Order(1)
  void theBackfillApiIsForAdministratorsOnly() {
    assertThat(node.get("/api/admin/federation/backfills").statusCode()).isEqualTo(401);
    assertThat(getAs("/api/admin/federation/backfills", EDITOR, EDITOR_PASSWORD).statusCode())
        .isEqualTo(403);
    HttpResponse<String> anonymous =
        HttpCalls.send(
            node.http(),
            HttpCalls.request(node.uri("/api/admin/federation/backfills"))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(backfillRequest()))
                .build());
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(
            node.sendJson(
                    "POST",
                    "/api/admin/federation/backfills",
                    backfillRequest(),
                    EDITOR,
                    EDITOR_PASSWORD)
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  @Order(2)
  void anInvalidActorIsRefused() {
    HttpResponse<String> response =
        node.sendJsonAsAdmin(
            "POST", "/api/admin/federation/backfills", "{\"actor\":\"not an actor\"}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .contains("application/problem+json");
    assertThat(response.body()).contains("actor");
  }

  @Test
  @Order(3)
  void theBackfillImportsThePeersOutboxIntoCopies() throws InterruptedException {
    HttpResponse<String> started =
        node.sendJsonAsAdmin("POST", "/api/admin/federation/backfills", backfillRequest());
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    assertThat(json(started).getString("actor")).isEqualTo(actor.toString());

    JsonObject run = awaitBackfill();

    assertThat(run.getString("state")).as(run.toString()).isEqualTo("DONE");
    assertThat(run.getInt("importedCount")).isEqualTo(4);
    assertThat(run.getInt("seenCount")).isEqualTo(4);
  }

  @Test
  @Order(4)
  void anonymousCallersSeePublicCopiesWithTheirAttribution() {
    List<JsonObject> items = items(node.get("/api/network/objects"));

    assertThat(items)
        .extracting(i -> i.getString("name"))
        .containsExactly("Recyclerie", "Épicerie solidaire", "Tiers-lieu");
    JsonObject recyclerie = items.get(0);
    assertThat(recyclerie.getString("kind")).isEqualTo("PROJECT");
    assertThat(recyclerie.getString("audience")).isEqualTo("PUBLIC");
    assertThat(recyclerie.getString("objectId")).isEqualTo(origin + "/projects/4");
    assertThat(recyclerie.getJsonArray("themes").getString(0)).isEqualTo("circular-economy.repair");
    JsonObject attribution = recyclerie.getJsonObject("origin");
    assertThat(attribution.getString("actor")).isEqualTo(actor.toString());
    assertThat(attribution.getString("host")).isEqualTo("127.0.0.1:" + peer.getAddress().getPort());
    assertThat(attribution.getString("name")).isEqualTo("Vierzon");
    assertThat(attribution.getString("url")).isEqualTo("https://vierzon.example/projets/4");
  }

  @Test
  @Order(5)
  void networkCopiesAreForSignedInMembersOnly() {
    List<JsonObject> items = items(getAs("/api/network/objects", EDITOR, EDITOR_PASSWORD));

    assertThat(items).hasSize(4);
    JsonObject garage =
        items.stream()
            .filter(i -> i.getString("name").equals("Garage solidaire"))
            .findFirst()
            .orElseThrow();
    assertThat(garage.getString("audience")).isEqualTo("NETWORK");
    String path = "/api/network/objects/" + garage.getJsonNumber("id").longValue();
    assertThat(node.get(path).statusCode()).isEqualTo(404);
    HttpResponse<String> signedIn = getAs(path, EDITOR, EDITOR_PASSWORD);
    assertThat(signedIn.statusCode()).isEqualTo(200);
    assertThat(json(signedIn).getJsonObject("origin").getString("actor"))
        .isEqualTo(actor.toString());
  }

  @Test
  @Order(6)
  void theListFiltersByKindOriginAndText() {
    String host = "127.0.0.1:" + peer.getAddress().getPort();
    assertThat(items(node.get("/api/network/objects?kind=PROJECT&origin=" + host))).hasSize(3);
    assertThat(items(node.get("/api/network/objects?kind=METHOD_SHEET"))).isEmpty();
    assertThat(items(node.get("/api/network/objects?origin=elsewhere.example"))).isEmpty();
    assertThat(items(node.get("/api/network/objects?q=RECYCL")))
        .extracting(i -> i.getString("name"))
        .containsExactly("Recyclerie");
    assertThat(node.get("/api/network/objects?kind=POEM").statusCode()).isEqualTo(400);
  }

  @Test
  @Order(7)
  void aSecondRunImportsNothingTwice() throws InterruptedException {
    HttpResponse<String> started =
        node.sendJsonAsAdmin("POST", "/api/admin/federation/backfills", backfillRequest());
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);

    JsonObject run = awaitBackfill();

    assertThat(run.getString("state")).isEqualTo("DONE");
    assertThat(run.getInt("importedCount")).isZero();
    assertThat(items(getAs("/api/network/objects", EDITOR, EDITOR_PASSWORD))).hasSize(4);
  }

  @Test
  @Order(8)
  void aWalkInterruptedByARestartResumesAtItsSavedPage() throws Exception {
    // As if the node had stopped after page 1, before importing the tiers-lieu of page 2.
    try (java.sql.Connection db =
            java.sql.DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + node.databasePort() + "/essaim",
                "essaim",
                "essaim");
        java.sql.PreparedStatement forget =
            db.prepareStatement("DELETE FROM remote_object WHERE object_id = ?");
        java.sql.PreparedStatement interrupt =
            db.prepareStatement(
                "UPDATE federation_backfill SET state = 'RUNNING', next_page = ?,"
                    + " imported_count = 2, seen_count = 2 WHERE actor_id = ?")) {
      forget.setString(1, origin + "/projects/1");
      assertThat(forget.executeUpdate()).isEqualTo(1);
      interrupt.setString(1, actor + "/outbox?page=2");
      interrupt.setString(2, actor.toString());
      assertThat(interrupt.executeUpdate()).isEqualTo(1);
    }
    int before = requests.get();

    node.restart();
    JsonObject run = awaitBackfill();

    assertThat(run.getString("state")).as(run.toString()).isEqualTo("DONE");
    assertThat(run.getInt("importedCount")).isEqualTo(3);
    assertThat(run.getInt("seenCount")).isEqualTo(4);
    assertThat(requests.get()).isGreaterThan(before);
    assertThat(items(node.get("/api/network/objects")))
        .extracting(i -> i.getString("name"))
        .containsExactly("Recyclerie", "Épicerie solidaire", "Tiers-lieu");
  }
}
