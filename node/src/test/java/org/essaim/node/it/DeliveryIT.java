// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.essaim.node.testsupport.HttpCalls.json;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import org.essaim.federation.keys.PemKeys;
import org.essaim.federation.sig.HttpFields;
import org.essaim.federation.sig.SignableRequest;
import org.essaim.federation.sig.SignatureScheme;
import org.essaim.federation.sig.SignatureVerifier;
import org.essaim.federation.sig.VerificationPolicy;
import org.essaim.federation.sig.VerifiedSignature;
import org.essaim.node.testsupport.HttpCalls;
import org.essaim.node.testsupport.NodeProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Delivery of the outbox over real HTTP: one node (first retry after 1 s) and two in-JVM servers on
 * loopback acting as remote inboxes, which verify every signature with the library verifier and the
 * node's real public key, read from its territory actor.
 *
 * <p>No domain code enqueues activities yet, so the test writes outbox rows through JDBC into the
 * node's PostgreSQL, exactly as {@code OutboxDeliveryQueue.enqueue} does (one {@code
 * outbox_activity} row, one pending {@code outbox_delivery} row per inbox, due now). Rows written
 * that way do not wake the workers at once; their one-second poll picks them up.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeliveryIT {

  private static final Duration PATIENCE = Duration.ofSeconds(60);

  private static NodeProcess node;
  private static Sink sink;
  private static Sink flakySink;
  private static PublicKey territoryKey;
  private static String territoryKeyId;

  @BeforeAll
  static void start() throws IOException {
    try {
      sink = new Sink();
      flakySink = new Sink();
      node =
          NodeProcess.start(
              "delivery",
              Map.of(
                  "ESSAIM_FEDERATION_DELIVERY_INITIAL_BACKOFF", "PT1S",
                  "ESSAIM_FEDERATION_DELIVERY_MAX_BACKOFF", "PT2S",
                  "ESSAIM_FEDERATION_DELIVERY_PROBE_INTERVAL", "PT2S"));
      node.createAccount("editrice", "editrice-secret-42", "editor");
      HttpResponse<String> actor =
          HttpCalls.send(
              node.http(),
              HttpCalls.request(node.uri("/actors/territory"))
                  .header("Accept", "application/activity+json")
                  .GET()
                  .build());
      assertThat(actor.statusCode()).isEqualTo(200);
      JsonValue publicKey = json(actor).get("publicKey");
      JsonObject key =
          publicKey.getValueType() == JsonValue.ValueType.ARRAY
              ? publicKey.asJsonArray().getJsonObject(0)
              : publicKey.asJsonObject();
      territoryKey = PemKeys.decodePublicKey(key.getString("publicKeyPem"));
      territoryKeyId = key.getString("id");
      assertThat(territoryKeyId).isEqualTo(node.uri("/actors/territory#main-key").toString());
    } catch (RuntimeException | Error | IOException e) {
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
      if (sink != null) {
        sink.close();
      }
      if (flakySink != null) {
        flakySink.close();
      }
    }
  }

  @Test
  @Order(1)
  void deliversAnActivitySignedWithTheTerritoryKey() {
    String activity = enqueue(sink, "/ok/inbox");
    JsonObject delivery = awaitState(activity, "delivered");
    assertThat(delivery.getInt("attempts")).isEqualTo(1);
    assertThat(delivery.getInt("lastStatus")).isEqualTo(202);
    assertThat(delivery.getString("deliveredAt")).isNotBlank();
    List<Hit> hits = sink.hits(activity);
    assertThat(hits).hasSize(1);
    assertThat(hits.get(0).scheme()).isEqualTo(SignatureScheme.RFC9421);
    assertThat(hits.get(0).status()).isEqualTo(202);
    assertThat(hits.get(0).contentType()).isEqualTo("application/activity+json");
  }

  @Test
  @Order(2)
  void retriesAServerErrorThenDelivers() {
    String activity = enqueue(sink, "/flaky/inbox");
    JsonObject delivery = awaitState(activity, "delivered");
    assertThat(delivery.getInt("attempts")).isEqualTo(2);
    assertThat(sink.hits(activity)).extracting(Hit::status).containsExactly(500, 202);
  }

  @Test
  @Order(3)
  void aNotFoundFailsWithoutRetryAndSaysWhy() throws InterruptedException {
    String activity = enqueue(sink, "/gone/inbox");
    JsonObject delivery = awaitState(activity, "failed");
    assertThat(delivery.getInt("attempts")).isEqualTo(1);
    assertThat(delivery.getInt("lastStatus")).isEqualTo(404);
    assertThat(delivery.getString("lastError")).contains("HTTP 404").contains("not retried");
    Thread.sleep(3000); // the first retry would have come after about 1 s
    assertThat(sink.hits(activity)).hasSize(1);

    HttpResponse<String> failed =
        node.getAsAdmin("/api/admin/federation/deliveries?state=failed&host=" + sink.host());
    assertThat(failed.statusCode()).isEqualTo(200);
    assertThat(json(failed).getJsonArray("items").getValuesAs(JsonObject.class))
        .extracting(d -> d.getString("activity"))
        .contains(activity);
  }

  @Test
  @Order(4)
  void aReceiverRefusingRfc9421GetsTheCavageSecondKnock() {
    String activity = enqueue(sink, "/cavage-only/inbox");
    JsonObject delivery = awaitState(activity, "delivered");
    assertThat(delivery.getInt("attempts")).isEqualTo(1);
    List<Hit> hits = sink.hits(activity);
    assertThat(hits).extracting(Hit::status).containsExactly(401, 202);
    assertThat(hits.get(1).scheme()).isEqualTo(SignatureScheme.CAVAGE);
  }

  @Test
  @Order(5)
  void manualRetryMakesAFailedDeliveryDueAndRefusesADeliveredOne() {
    String gone = enqueue(sink, "/gone/inbox");
    long failedId = awaitState(gone, "failed").getJsonNumber("id").longValue();
    HttpResponse<String> retried =
        node.sendJsonAsAdmin(
            "POST", "/api/admin/federation/deliveries/" + failedId + "/retry", "{}");
    assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
    assertThat(json(retried).getString("state")).isEqualTo("pending");
    awaitTrue(() -> sink.hits(gone).size() == 2, "the retried delivery is sent again");
    awaitState(gone, "failed");

    String ok = enqueue(sink, "/ok/inbox");
    long deliveredId = awaitState(ok, "delivered").getJsonNumber("id").longValue();
    HttpResponse<String> conflict =
        node.sendJsonAsAdmin(
            "POST", "/api/admin/federation/deliveries/" + deliveredId + "/retry", "{}");
    assertThat(conflict.statusCode()).isEqualTo(409);
    assertThat(conflict.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(
            node.sendJsonAsAdmin("POST", "/api/admin/federation/deliveries/999999/retry", "{}")
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  @Order(6)
  void hostsShowTheirCountsAndBreaker() {
    HttpResponse<String> hosts = node.getAsAdmin("/api/admin/federation/delivery-hosts");
    assertThat(hosts.statusCode()).isEqualTo(200);
    JsonObject host =
        json("{\"h\":" + hosts.body() + "}")
            .getJsonArray("h")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(h -> h.getString("host").equals(sink.host()))
            .findFirst()
            .orElseThrow();
    assertThat(host.getJsonNumber("delivered").longValue()).isGreaterThanOrEqualTo(4);
    assertThat(host.getJsonNumber("failed").longValue()).isGreaterThanOrEqualTo(2);
    assertThat(host.getString("breaker")).isEqualTo("closed");
  }

  @Test
  @Order(7)
  void theAdminApiIsForAdministratorsOnly() {
    for (String path :
        List.of(
            "/api/admin/federation/deliveries",
            "/api/admin/federation/delivery-hosts",
            "/api/admin/federation/fetches")) {
      assertThat(node.get(path).statusCode()).as(path).isEqualTo(401);
      HttpResponse<String> editor =
          HttpCalls.send(
              node.http(),
              HttpCalls.request(node.uri(path))
                  .header("Authorization", HttpCalls.basic("editrice", "editrice-secret-42"))
                  .GET()
                  .build());
      assertThat(editor.statusCode()).as(path).isEqualTo(403);
    }
    assertThat(
            node.sendJson(
                    "POST",
                    "/api/admin/federation/deliveries/1/retry",
                    "{}",
                    "editrice",
                    "editrice-secret-42")
                .statusCode())
        .isEqualTo(403);
    assertThat(node.getAsAdmin("/api/admin/federation/deliveries?state=lost").statusCode())
        .isEqualTo(400);
  }

  @Test
  @Order(8)
  void fetchesAreSignedAndJournalled() {
    String url = sink.base() + "/actor";
    HttpResponse<String> fetched =
        node.sendJsonAsAdmin("POST", "/api/admin/federation/fetches", "{\"url\":\"" + url + "\"}");
    assertThat(fetched.statusCode()).as(fetched.body()).isEqualTo(200);
    assertThat(json(fetched).getInt("status")).isEqualTo(200);
    Hit get = sink.hitsOn("/actor").get(0);
    assertThat(get.method()).isEqualTo("GET");
    assertThat(get.accept()).contains("application/activity+json");
    assertThat(get.keyId()).isEqualTo(node.uri("/actors/instance#main-key").toString());

    HttpResponse<String> journal =
        node.getAsAdmin("/api/admin/federation/fetches?host=" + sink.host());
    assertThat(journal.statusCode()).isEqualTo(200);
    JsonObject newest = json(journal).getJsonArray("items").getJsonObject(0);
    assertThat(newest.getString("url")).isEqualTo(url);
    assertThat(newest.getInt("status")).isEqualTo(200);
    assertThat(newest.getString("fetchedAt")).isNotBlank();
  }

  @Test
  @Order(100)
  void aNodeKilledWithPendingDeliveriesDeliversThemAllAfterItsRestart() {
    flakySink.down = true;
    List<String> activities =
        List.of(
            enqueue(flakySink, "/down/inbox"),
            enqueue(flakySink, "/down/inbox"),
            enqueue(flakySink, "/down/inbox"),
            enqueue(flakySink, "/down/inbox"));
    // One request per host at a time: wait until each activity was refused once, so that each of
    // them is mid-retry when the node dies.
    awaitTrue(
        () ->
            activities.stream()
                .allMatch(a -> flakySink.hits(a).stream().anyMatch(h -> h.status() == 503)),
        "a 503 for every activity before the crash");

    node.kill();
    flakySink.down = false;
    node.restart();

    for (String activity : activities) {
      awaitState(activity, "delivered");
    }
    for (String activity : activities) {
      // Nothing was accepted before the crash, so each activity is accepted exactly once.
      assertThat(flakySink.hits(activity).stream().filter(h -> h.status() == 202))
          .as(activity)
          .hasSize(1);
      assertThat(flakySink.hits(activity).stream().filter(h -> h.status() == 503)).isNotEmpty();
    }
  }

  // --- helpers ---------------------------------------------------------------------------------

  /** Writes an activity and its delivery to the outbox as {@code enqueue} does; its id. */
  private static String enqueue(Sink target, String inboxPath) {
    String activityId = node.uri("/activities/" + UUID.randomUUID()).toString();
    String body =
        "{\"@context\":\"https://www.w3.org/ns/activitystreams\",\"id\":\""
            + activityId
            + "\",\"type\":\"Create\",\"actor\":\""
            + node.uri("/actors/territory")
            + "\",\"to\":[\"https://www.w3.org/ns/activitystreams#Public\"],"
            + "\"object\":{\"type\":\"Note\",\"content\":\"Bonjour\"}}";
    String inbox = target.base() + inboxPath;
    try (Connection db =
        DriverManager.getConnection(
            "jdbc:postgresql://127.0.0.1:" + node.databasePort() + "/essaim", "essaim", "essaim")) {
      db.setAutoCommit(false);
      // The statements of OutboxStore.insert, which enqueue runs in the caller's transaction.
      try (PreparedStatement activity =
          db.prepareStatement(
              "INSERT INTO outbox_activity (activity_id, body, created_at) VALUES (?, ?, now())"
                  + " ON CONFLICT (activity_id) DO NOTHING")) {
        activity.setString(1, activityId);
        activity.setBytes(2, body.getBytes(StandardCharsets.UTF_8));
        activity.executeUpdate();
      }
      long id;
      try (PreparedStatement select =
          db.prepareStatement("SELECT id FROM outbox_activity WHERE activity_id = ?")) {
        select.setString(1, activityId);
        try (ResultSet rs = select.executeQuery()) {
          rs.next();
          id = rs.getLong(1);
        }
      }
      try (PreparedStatement delivery =
          db.prepareStatement(
              "INSERT INTO outbox_delivery (activity, inbox, host, state, attempts,"
                  + " next_attempt_at, created_at) VALUES (?, ?, ?, 'PENDING', 0, now(), now())"
                  + " ON CONFLICT (activity, inbox) DO NOTHING")) {
        delivery.setLong(1, id);
        delivery.setString(2, inbox);
        delivery.setString(3, target.host());
        delivery.executeUpdate();
      }
      db.commit();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return activityId;
  }

  /** Waits until the only delivery of an activity reaches a state; that delivery. */
  private static JsonObject awaitState(String activity, String state) {
    JsonObject[] found = new JsonObject[1];
    awaitTrue(
        () -> {
          HttpResponse<String> response =
              node.getAsAdmin(
                  "/api/admin/federation/deliveries?activity="
                      + java.net.URLEncoder.encode(activity, StandardCharsets.UTF_8));
          if (response.statusCode() != 200) {
            return false;
          }
          List<JsonObject> items =
              json(response).getJsonArray("items").getValuesAs(JsonObject.class);
          if (items.size() != 1) {
            return false;
          }
          found[0] = items.get(0);
          return items.get(0).getString("state").equals(state);
        },
        activity + " " + state);
    return found[0];
  }

  private static void awaitTrue(BooleanSupplier condition, String what) {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (System.nanoTime() < deadline) {
      try {
        if (condition.getAsBoolean()) {
          return;
        }
      } catch (RuntimeException e) {
        // the node may be restarting
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("not seen within " + PATIENCE + ": " + what);
  }

  /** What a sink received. */
  record Hit(
      String path,
      String method,
      String activity,
      SignatureScheme scheme,
      String keyId,
      int status,
      String contentType,
      String accept) {}

  /**
   * Remote inboxes on loopback. /ok/inbox accepts a valid signature; /flaky/inbox answers 500 to
   * the first delivery of each activity; /gone/inbox 404; /cavage-only/inbox 401 to RFC 9421;
   * /down/inbox 503 while {@link #down}; /actor a document to fetch.
   */
  static final class Sink implements AutoCloseable {
    private final HttpServer server;
    private final List<Hit> hits = new CopyOnWriteArrayList<>();
    volatile boolean down;

    Sink() throws IOException {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.setExecutor(Executors.newCachedThreadPool());
      server.createContext("/", this::handle);
      server.start();
    }

    String host() {
      return "127.0.0.1:" + server.getAddress().getPort();
    }

    String base() {
      return "http://" + host();
    }

    List<Hit> hits(String activity) {
      return hits.stream().filter(h -> activity.equals(h.activity())).toList();
    }

    List<Hit> hitsOn(String path) {
      return hits.stream().filter(h -> path.equals(h.path())).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
      String path = exchange.getRequestURI().getPath();
      String method = exchange.getRequestMethod();
      byte[] body = exchange.getRequestBody().readAllBytes();
      String activity = null;
      if (body.length > 0) {
        activity = json(new String(body, StandardCharsets.UTF_8)).getString("id", null);
      }
      SignableRequest request =
          SignableRequest.of(
              method,
              URI.create(base() + exchange.getRequestURI()),
              HttpFields.of(exchange.getRequestHeaders()),
              body.length == 0 ? null : body);
      SignatureScheme presented;
      try {
        presented = SignatureVerifier.detect(request);
      } catch (RuntimeException unsigned) {
        presented = null;
      }
      Optional<VerifiedSignature> verified = verify(request);
      int status;
      if (path.equals("/actor") && method.equals("GET")) {
        status = verified.isPresent() ? 200 : 401;
      } else if (!method.equals("POST")) {
        status = 405;
      } else if (path.equals("/gone/inbox")) {
        status = 404;
      } else if (path.equals("/cavage-only/inbox") && presented == SignatureScheme.RFC9421) {
        status = 401;
      } else if (path.equals("/down/inbox") && down) {
        status = 503;
      } else if (path.equals("/flaky/inbox") && hits(activity).isEmpty()) {
        status = 500;
      } else if (verified.isEmpty() || !verified.get().keyId().equals(territoryKeyId)) {
        status = 401;
      } else {
        status = 202;
      }
      hits.add(
          new Hit(
              path,
              method,
              activity,
              verified.map(VerifiedSignature::scheme).orElse(presented),
              verified.map(VerifiedSignature::keyId).orElse(null),
              status,
              exchange.getRequestHeaders().getFirst("Content-Type"),
              exchange.getRequestHeaders().getFirst("Accept")));
      byte[] answer =
          status == 200 ? "{\"id\":\"actor\"}".getBytes(StandardCharsets.UTF_8) : new byte[0];
      exchange.getResponseHeaders().add("Content-Type", "application/activity+json");
      exchange.sendResponseHeaders(status, answer.length == 0 ? -1 : answer.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(answer);
      }
    }

    /** Verifies with the node's keys: the territory key for deliveries, any for the GET. */
    private static Optional<VerifiedSignature> verify(SignableRequest request) {
      try {
        return Optional.of(
            new SignatureVerifier(VerificationPolicy.defaults())
                .verify(
                    request,
                    keyId -> keyId.equals(territoryKeyId) ? territoryKey : instanceKey(keyId)));
      } catch (RuntimeException e) {
        return Optional.empty();
      }
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }

  /** The node's instance key, fetched from its instance actor (for the signed GET). */
  private static PublicKey instanceKey(String keyId) {
    HttpResponse<String> actor =
        HttpCalls.send(
            node.http(),
            HttpCalls.request(node.uri("/actors/instance"))
                .header("Accept", "application/activity+json")
                .GET()
                .build());
    JsonValue publicKey = json(actor).get("publicKey");
    JsonObject key =
        publicKey.getValueType() == JsonValue.ValueType.ARRAY
            ? publicKey.asJsonArray().getJsonObject(0)
            : publicKey.asJsonObject();
    if (!key.getString("id").equals(keyId)) {
      return null;
    }
    return PemKeys.decodePublicKey(key.getString("publicKeyPem"));
  }
}
