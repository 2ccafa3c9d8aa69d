// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.essaim.node.testsupport.HttpCalls.json;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.essaim.federation.jsonld.ActivityStreamsCodec;
import org.essaim.federation.keys.KeyPairs;
import org.essaim.federation.keys.Multikey;
import org.essaim.federation.keys.PemKeys;
import org.essaim.federation.proof.ObjectIntegrityProofs;
import org.essaim.federation.sig.HttpFields;
import org.essaim.federation.sig.Rfc9421Signer;
import org.essaim.federation.sig.SignableRequest;
import org.essaim.federation.vocab.Actor;
import org.essaim.federation.vocab.ActorType;
import org.essaim.federation.vocab.As;
import org.essaim.federation.vocab.AsObject;
import org.essaim.federation.vocab.Event;
import org.essaim.federation.vocab.PublicKey;
import org.essaim.federation.vocab.essaim.Project;
import org.essaim.node.testsupport.HttpCalls;
import org.essaim.node.testsupport.NodeProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Publishing over HTTP, on one node and an in-JVM fake peer that signs its fetches but follows
 * nobody: projects of every visibility, the outbox and its audiences, objects with proofs, signed
 * fetches of NETWORK objects, Update, Delete with Tombstone, events, collections, and the outbox
 * log behind the delivery queue.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublishingIT {

  static final String ACTIVITY_JSON = "application/activity+json";
  static final ActivityStreamsCodec CODEC = new ActivityStreamsCodec();

  static NodeProcess node;
  static HttpServer peer;
  static KeyPair peerKey;
  static URI peerActor;
  static String base;

  static long networkProject;
  static long publicProject;
  static long privateProject;
  static long event;

  @BeforeAll
  static void start() throws IOException {
    peerKey = KeyPairs.generateRsa2048();
    peer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    peerActor = URI.create("http://127.0.0.1:" + peer.getAddress().getPort() + "/actor");
    byte[] actorDocument =
        CODEC.writeBytes(
            Actor.builder(ActorType.ORGANIZATION, peerActor, URI.create(peerActor + "/inbox"))
                .preferredUsername("peer")
                .publicKey(
                    new PublicKey(
                        URI.create(peerActor + "#main-key"),
                        peerActor,
                        PemKeys.encodePublicKey(peerKey.getPublic())))
                .build()
                .asObject());
    peer.createContext(
        "/actor",
        exchange -> {
          exchange.getResponseHeaders().set("Content-Type", ACTIVITY_JSON);
          exchange.sendResponseHeaders(200, actorDocument.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(actorDocument);
          }
        });
    peer.start();
    try {
      node = NodeProcess.start("publishing", Map.of("ESSAIM_TERRITORY_NAME", "Lons-le-Saunier"));
      base = node.uri("").toString();
    } catch (RuntimeException | Error e) {
      peer.stop(0);
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

  @Test
  @Order(1)
  void onlyThePublicCreateIsInThePublicOutbox() {
    networkProject = createProject("Ressourcerie du réseau", "NETWORK");
    publicProject = createProject("Épicerie mobile", "PUBLIC");
    privateProject = createProject("Projet discret", "PRIVATE");

    JsonObject outbox = json(get("/actors/territory/outbox", ACTIVITY_JSON));
    assertThat(outbox.getString("type")).isEqualTo("OrderedCollection");
    assertThat(outbox.getInt("totalItems")).isEqualTo(1);
    assertThat(outbox.getString("first")).isEqualTo(base + "/actors/territory/outbox?page=1");

    JsonArray items = page("/actors/territory/outbox?page=1");
    assertThat(items).hasSize(1);
    JsonObject create = items.getJsonObject(0);
    assertThat(create.getString("type")).isEqualTo("Create");
    assertThat(create.getString("actor")).isEqualTo(base + "/actors/territory");
    assertThat(create.getString("id")).startsWith(base + "/activities/");
    assertThat(create.getJsonObject("object").getString("id"))
        .isEqualTo(base + "/objects/projects/" + publicProject);
    assertThat(create.toString())
        .contains(As.PUBLIC)
        .contains(base + "/actors/territory/followers");

    // Both shared projects went through the outbox log (and so to the delivery queue); not the
    // private one.
    assertThat(outboxLog())
        .containsExactly(
            "Create " + base + "/objects/projects/" + networkProject + " NETWORK",
            "Create " + base + "/objects/projects/" + publicProject + " PUBLIC");
  }

  @Test
  @Order(2)
  void thePublicObjectIsServedWithAProofByTheTerritorysKey() {
    HttpResponse<String> response = get("/objects/projects/" + publicProject, ACTIVITY_JSON);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).contains(ACTIVITY_JSON);
    JsonObject document = json(response);
    AsObject read = CODEC.read(document);
    Project project = Project.from(read);
    assertThat(project.name().fr()).isEqualTo("Épicerie mobile");
    assertThat(project.territory()).isEqualTo(URI.create(base + "/actors/territory"));
    assertThat(read.types()).contains(As.ARTICLE);

    Actor actor = new Actor(CODEC.read(get("/actors/territory", ACTIVITY_JSON).body().getBytes()));
    String multikey =
        json(get("/actors/territory", ACTIVITY_JSON))
            .getJsonObject("assertionMethod")
            .getString("publicKeyMultibase");
    URI method =
        ObjectIntegrityProofs.verifyProof(document, key -> Multikey.decodePublicKey(multikey));
    assertThat(method).isEqualTo(URI.create(base + "/actors/territory#ed25519-key"));
    assertThat(actor.id()).isEqualTo(URI.create(base + "/actors/territory"));

    // A browser is sent to the public REST resource; other media types are refused.
    HttpResponse<String> browser = get("/objects/projects/" + publicProject, "text/html");
    assertThat(browser.statusCode()).isEqualTo(303);
    assertThat(browser.headers().firstValue("Location"))
        .contains(base + "/api/projects/" + publicProject);
    assertThat(get("/objects/projects/" + publicProject, "image/png").statusCode()).isEqualTo(406);
  }

  @Test
  @Order(3)
  void networkObjectsNeedASignedFetchByAPeer() {
    String path = "/objects/projects/" + networkProject;
    HttpResponse<String> unsigned = get(path, ACTIVITY_JSON);
    assertThat(unsigned.statusCode()).isEqualTo(401);
    assertThat(unsigned.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    // Signed by a server that follows nobody here: as if it did not exist.
    HttpResponse<String> signed = signedGet(path);
    assertThat(signed.statusCode()).as(signed.body()).isEqualTo(404);
    // A bad signature is refused.
    HttpResponse<String> forged =
        HttpCalls.send(
            node.http(),
            HttpCalls.request(node.uri(path))
                .header("Accept", ACTIVITY_JSON)
                .header(
                    "Signature-Input", "sig1=(\"@method\");keyid=\"" + peerActor + "#main-key\"")
                .header("Signature", "sig1=:AAAA:")
                .GET()
                .build());
    assertThat(forged.statusCode()).isEqualTo(401);
    // Private and unknown objects are not there.
    assertThat(get("/objects/projects/" + privateProject, ACTIVITY_JSON).statusCode())
        .isEqualTo(404);
    assertThat(get("/objects/projects/999999", ACTIVITY_JSON).statusCode()).isEqualTo(404);
    assertThat(get("/objects/dreams/1", ACTIVITY_JSON).statusCode()).isEqualTo(404);
    // The signed outbox of a non-peer is the public one.
    HttpResponse<String> outbox = signedGet("/actors/territory/outbox");
    assertThat(outbox.statusCode()).as(outbox.body()).isEqualTo(200);
    assertThat(json(outbox).getInt("totalItems")).isEqualTo(1);
  }

  @Test
  @Order(4)
  void updateThenNothingThenDeleteWhenTheVisibilityIsLowered() {
    HttpResponse<String> edited =
        node.sendJsonAsAdmin(
            "PUT", "/api/projects/" + publicProject, project("Épicerie mobile du Jura", "PUBLIC"));
    assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
    JsonArray items = page("/actors/territory/outbox?page=1");
    assertThat(items).hasSize(2);
    assertThat(items.getJsonObject(0).getString("type")).isEqualTo("Update");
    assertThat(items.getJsonObject(0).getJsonObject("object").getString("name"))
        .isEqualTo("Épicerie mobile du Jura");

    // The same text again: nothing new on the wire.
    node.sendJsonAsAdmin(
        "PUT", "/api/projects/" + publicProject, project("Épicerie mobile du Jura", "PUBLIC"));
    assertThat(json(get("/actors/territory/outbox", ACTIVITY_JSON)).getInt("totalItems"))
        .isEqualTo(2);

    // Lowered to the node's site only: a Delete, the address is gone with a Tombstone, and the
    // earlier activities are no longer listed.
    HttpResponse<String> lowered =
        node.sendJsonAsAdmin(
            "PUT",
            "/api/projects/" + publicProject,
            project("Épicerie mobile du Jura", "NODE_PUBLIC"));
    assertThat(lowered.statusCode()).as(lowered.body()).isEqualTo(200);
    items = page("/actors/territory/outbox?page=1");
    assertThat(items).hasSize(1);
    JsonObject delete = items.getJsonObject(0);
    assertThat(delete.getString("type")).isEqualTo("Delete");
    assertThat(delete.getJsonObject("object").getString("type")).isEqualTo("Tombstone");
    assertThat(delete.getJsonObject("object").getString("id"))
        .isEqualTo(base + "/objects/projects/" + publicProject);
    HttpResponse<String> gone = get("/objects/projects/" + publicProject, ACTIVITY_JSON);
    assertThat(gone.statusCode()).isEqualTo(410);
    assertThat(json(gone).getString("type")).isEqualTo("Tombstone");
    // The Delete is served at its address; the withdrawn Create is gone too.
    assertThat(get(path(delete.getString("id")), ACTIVITY_JSON).statusCode()).isEqualTo(200);
    List<String> log = outboxLog();
    assertThat(log)
        .containsExactly(
            "Create " + base + "/objects/projects/" + networkProject + " NETWORK",
            "Create " + base + "/objects/projects/" + publicProject + " PUBLIC",
            "Update " + base + "/objects/projects/" + publicProject + " PUBLIC",
            "Delete " + base + "/objects/projects/" + publicProject + " PUBLIC");
    String createId = activityIds().get(1);
    assertThat(get(path(createId), ACTIVITY_JSON).statusCode()).isEqualTo(410);

    // Deleting the NETWORK project: a Delete only peers see.
    HttpResponse<String> deleted =
        HttpCalls.send(
            node.http(),
            HttpCalls.request(node.uri("/api/projects/" + networkProject))
                .header("Authorization", HttpCalls.basic("admin", NodeProcess.ADMIN_PASSWORD))
                .DELETE()
                .build());
    assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);
    assertThat(outboxLog())
        .last()
        .isEqualTo("Delete " + base + "/objects/projects/" + networkProject + " NETWORK");
    assertThat(get("/objects/projects/" + networkProject, ACTIVITY_JSON).statusCode())
        .isEqualTo(401);
    assertThat(json(get("/actors/territory/outbox", ACTIVITY_JSON)).getInt("totalItems"))
        .isEqualTo(1);
  }

  @Test
  @Order(5)
  void anEventIsAnActivityStreamsEventListedInItsCollection() {
    HttpResponse<String> created =
        node.sendJsonAsAdmin(
            "POST",
            "/api/events",
            "{\"type\":\"WORKSHOP\",\"title\":\"Atelier vélo\",\"description\":\"On répare.\","
                + "\"startsAt\":\"2026-12-03T18:30:00\",\"endsAt\":\"2026-12-03T21:00:00\","
                + "\"timeZone\":\"Europe/Paris\",\"place\":{\"venueName\":\"Salle des fêtes\","
                + "\"commune\":\"Lons-le-Saunier\"},\"themes\":[],\"visibility\":\"PUBLIC\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    event = json(created).getJsonNumber("id").longValue();

    HttpResponse<String> response = get("/objects/events/" + event, ACTIVITY_JSON);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonObject document = json(response);
    assertThat(document.getString("type")).isEqualTo("Event");
    assertThat(document.getString("startTime")).isEqualTo("2026-12-03T17:30:00Z");
    assertThat(document.getString("endTime")).isEqualTo("2026-12-03T20:00:00Z");
    Event read = new Event(CODEC.read(document));
    assertThat(read.location().orElseThrow().name()).contains("Salle des fêtes");

    JsonObject collection = json(get("/actors/territory/collections/events", ACTIVITY_JSON));
    assertThat(collection.getInt("totalItems")).isEqualTo(1);
    assertThat(page("/actors/territory/collections/events?page=1").getString(0))
        .isEqualTo(base + "/objects/events/" + event);
    assertThat(
            json(get("/actors/territory/collections/projects", ACTIVITY_JSON)).getInt("totalItems"))
        .isZero();

    // The actor links its collections.
    JsonObject actor = json(get("/actors/territory", ACTIVITY_JSON));
    assertThat(actor.getJsonArray("streams").toString())
        .contains(base + "/actors/territory/collections/events");
  }

  // --- helpers

  static long createProject(String title, String visibility) {
    HttpResponse<String> created =
        node.sendJsonAsAdmin("POST", "/api/projects", project(title, visibility));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return json(created).getJsonNumber("id").longValue();
  }

  static String project(String title, String visibility) {
    return ("{\"title\":\"%s\",\"summary\":\"Un résumé public.\",\"stage\":\"idea\","
            + "\"origin\":\"ACCELERATED_EXISTING\",\"themes\":[\"food\"],\"visibility\":\"%s\"}")
        .formatted(title, visibility);
  }

  static HttpResponse<String> get(String path, String accept) {
    return HttpCalls.send(
        node.http(), HttpCalls.request(node.uri(path)).header("Accept", accept).GET().build());
  }

  static JsonArray page(String path) {
    HttpResponse<String> response = get(path, ACTIVITY_JSON);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonObject page = json(response);
    assertThat(page.getString("type")).isEqualTo("OrderedCollectionPage");
    return page.getJsonArray("orderedItems");
  }

  static String path(String address) {
    return address.substring(base.length());
  }

  /** A GET signed (RFC 9421) by the fake peer's key. */
  static HttpResponse<String> signedGet(String path) {
    SignableRequest signed =
        Rfc9421Signer.builder(peerActor + "#main-key", peerKey.getPrivate())
            .build()
            .sign(SignableRequest.get(node.uri(path), HttpFields.of("accept", ACTIVITY_JSON)));
    HttpRequest.Builder request = HttpCalls.request(node.uri(path)).GET();
    for (Map.Entry<String, List<String>> header : signed.headers().asMap().entrySet()) {
      if (!Set.of("host", "content-length").contains(header.getKey().toLowerCase())) {
        for (String value : header.getValue()) {
          request.header(header.getKey(), value);
        }
      }
    }
    return HttpCalls.send(node.http(), request.build());
  }

  /** The outbox log, oldest first: "type object audience". */
  static List<String> outboxLog() {
    return query(
        "SELECT activity_type || ' ' || object_uri || ' ' || audience"
            + " FROM federation_outbox_activity ORDER BY id");
  }

  static List<String> activityIds() {
    return query("SELECT activity_uri FROM federation_outbox_activity ORDER BY id");
  }

  static List<String> query(String sql) {
    try (Connection connection =
            DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + node.databasePort() + "/essaim",
                "essaim",
                "essaim");
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      List<String> values = new ArrayList<>();
      while (rows.next()) {
        values.add(rows.getString(1));
      }
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
