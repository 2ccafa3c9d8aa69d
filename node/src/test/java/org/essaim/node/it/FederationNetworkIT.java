// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.essaim.node.testsupport.HttpCalls.json;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.essaim.federation.keys.PemKeys;
import org.essaim.federation.sig.HttpFields;
import org.essaim.federation.sig.Rfc9421Signer;
import org.essaim.federation.sig.SignableRequest;
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
 * Three territory nodes, each its own process with its own PostgreSQL, federating over real HTTP on
 * loopback: follows accepted, backfill, Create/Update/Delete converging on the followers' copies,
 * NETWORK objects for accepted peers only, blocks and the allow-list, a peer down then back, a
 * sender killed mid-queue. The tests run in order and build on each other's network.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FederationNetworkIT {

  static final Duration WAIT = Duration.ofSeconds(90);
  static final String ACTIVITY_JSON = "application/activity+json";

  /** Short retries so that a peer that was down is reached again within seconds. */
  static final Map<String, String> FAST_RETRIES =
      Map.of(
          "ESSAIM_FEDERATION_DELIVERY_INITIAL_BACKOFF", "PT1S",
          "ESSAIM_FEDERATION_DELIVERY_MAX_BACKOFF", "PT3S",
          "ESSAIM_FEDERATION_DELIVERY_PROBE_INTERVAL", "PT3S");

  static NodeProcess grenoble;
  static NodeProcess miramas;
  static NodeProcess meurthe;
  static FederationAdmin a;
  static FederationAdmin b;
  static FederationAdmin c;
  static long firstProject;

  @BeforeAll
  static void startNetwork() {
    Map<String, Map<String, String>> nodes = new java.util.LinkedHashMap<>();
    nodes.put("net-grenoble", environment("Grenoble"));
    nodes.put("net-miramas", environment("Miramas"));
    nodes.put("net-meurthe", environment("Meurthe-et-Moselle"));
    List<NodeProcess> started = NodeProcess.startAll(nodes);
    grenoble = started.get(0);
    miramas = started.get(1);
    meurthe = started.get(2);
    a = new FederationAdmin(grenoble);
    b = new FederationAdmin(miramas);
    c = new FederationAdmin(meurthe);
  }

  static Map<String, String> environment(String territory) {
    Map<String, String> env = new java.util.HashMap<>(FAST_RETRIES);
    env.put("ESSAIM_TERRITORY_NAME", territory);
    return env;
  }

  @AfterAll
  static void stopNetwork() {
    for (NodeProcess node : new NodeProcess[] {grenoble, miramas, meurthe}) {
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
  void followsAreAcceptedAndTheBackfillImportsWhatWasSharedBefore() {
    for (FederationAdmin admin : List.of(a, b, c)) {
      admin.policy("AUTOMATIC", "OPEN");
    }
    // Miramas shares a project before anyone follows it.
    firstProject = createProject(miramas, "Recyclerie de Miramas", "NETWORK");

    a.follow(b.actor()); // Grenoble follows Miramas
    b.follow(a.actor()); // Miramas follows Grenoble
    c.follow(a.actor()); // Meurthe-et-Moselle follows Grenoble

    awaitFollow(a, b);
    awaitFollow(b, a);
    awaitFollow(c, a);
    assertThat(b.followState(a.actor(), "follower")).isEqualTo("ACCEPTED");
    assertThat(a.followState(c.actor(), "follower")).isEqualTo("ACCEPTED");

    String object = objectId(miramas, "projects", firstProject);
    JsonObject copy =
        Eventually.await(
            "Grenoble's backfill of Miramas's outbox", WAIT, () -> a.copy("PROJECT", object));
    assertThat(copy.getString("name")).isEqualTo("Recyclerie de Miramas");
    assertThat(copy.getString("audience")).isEqualTo("NETWORK");
    assertThat(copy.getJsonObject("origin").getString("actor")).isEqualTo(b.actor());
  }

  @Test
  @Order(2)
  void createUpdateAndDeleteConvergeOnTheFollowersCopies() {
    long project = createProject(miramas, "Garage solidaire", "NETWORK");
    String object = objectId(miramas, "projects", project);
    Eventually.await("the copy of a new project", WAIT, () -> a.copy("PROJECT", object));

    HttpResponse<String> updated =
        miramas.sendJsonAsAdmin(
            "PUT",
            "/api/projects/" + project,
            projectJson("Garage solidaire du Luberon", "NETWORK"));
    assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
    Eventually.until(
        "the copy updated",
        WAIT,
        () ->
            a.copy("PROJECT", object)
                .map(copy -> copy.getString("name").equals("Garage solidaire du Luberon"))
                .orElse(false));

    long sheet = publishSheet(miramas, "Animer une soirée d'idéation");
    String sheetObject = objectId(miramas, "method-sheets", sheet);
    JsonObject sheetCopy =
        Eventually.await(
            "the copy of a published method sheet",
            WAIT,
            () -> a.copy("METHOD_SHEET", sheetObject));
    assertThat(sheetCopy.getString("name")).isEqualTo("Animer une soirée d'idéation");

    HttpResponse<String> deleted =
        miramas.sendJsonAsAdmin("DELETE", "/api/projects/" + project, "");
    assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);
    Eventually.until(
        "the copy removed after the Delete", WAIT, () -> a.copy("PROJECT", object).isEmpty());

    // Meurthe-et-Moselle does not follow Miramas: it holds none of Miramas's objects.
    assertThat(c.copies("PROJECT"))
        .noneMatch(copy -> copy.getString("objectId").startsWith(miramas.uri("").toString()));
  }

  @Test
  @Order(3)
  void networkObjectsAreServedOnlyToSignedFetchesOfAcceptedPeers() throws IOException {
    String path = "/objects/projects/" + firstProject;

    assertThat(fetch(miramas, path, null).statusCode()).isEqualTo(401);
    // Signed by Meurthe-et-Moselle's real key: a valid signature, but not a follower of Miramas.
    assertThat(fetch(miramas, path, meurthe).statusCode()).isEqualTo(404);
    HttpResponse<String> byFollower = fetch(miramas, path, grenoble);
    assertThat(byFollower.statusCode()).as(byFollower.body()).isEqualTo(200);
    assertThat(json(byFollower).getString("name")).isEqualTo("Recyclerie de Miramas");

    // On Grenoble, the NETWORK copy is for signed-in members only.
    JsonObject anonymous = json(grenoble.get("/api/network/objects?kind=PROJECT"));
    assertThat(anonymous.getJsonArray("items"))
        .noneMatch(v -> v.asJsonObject().getString("audience").equals("NETWORK"));
    assertThat(a.copies("PROJECT")).anyMatch(copy -> copy.getString("audience").equals("NETWORK"));
  }

  @Test
  @Order(4)
  void blockedAndUnlistedPeersAreRefused() {
    b.blockHost(c.host(), "Essai de blocage");
    c.follow(b.actor());

    JsonObject refused =
        Eventually.await(
            "Miramas refusing Meurthe-et-Moselle's Follow",
            WAIT,
            () ->
                b.journal("outcome=REJECTED&actor=" + FederationAdmin.encode(c.actor())).stream()
                    .findFirst());
    assertThat(refused.getString("activityType")).isEqualTo("Follow");
    JsonObject failed =
        Eventually.await(
            "Meurthe-et-Moselle's delivery to Miramas failing",
            WAIT,
            () ->
                c.deliveries("state=failed&host=" + FederationAdmin.encode(b.host())).stream()
                    .findFirst());
    assertThat(failed.getInt("lastStatus")).isEqualTo(403);
    assertThat(c.followState(b.actor(), "following")).isEqualTo("PENDING");
    assertThat(b.followState(c.actor(), "follower")).isEqualTo("NONE");

    // A closed network: only Grenoble is listed; it still receives what Miramas shares.
    b.policy("AUTOMATIC", "ALLOW_LIST", a.host());
    long listed = createProject(miramas, "Tiers-lieu de la Crau", "PUBLIC");
    Eventually.await(
        "Grenoble (listed) receiving Miramas's project",
        WAIT,
        () -> a.copy("PROJECT", objectId(miramas, "projects", listed)));
    assertThat(b.followState(a.actor(), "follower")).isEqualTo("ACCEPTED");
    b.policy("AUTOMATIC", "OPEN");
  }

  @Test
  @Order(5)
  void deliveriesToAPeerThatWasDownArriveWhenItIsBack() {
    meurthe.close();
    long project = createProject(grenoble, "Ressourcerie des Alpes", "PUBLIC");
    String object = objectId(grenoble, "projects", project);
    JsonObject pending =
        Eventually.await(
            "a failed attempt to reach Meurthe-et-Moselle while it is down",
            WAIT,
            () ->
                a.deliveries("state=pending&host=" + FederationAdmin.encode(c.host())).stream()
                    .filter(d -> d.getInt("attempts") >= 1)
                    .findFirst());
    assertThat(pending.getString("lastError", "")).isNotBlank();

    meurthe.restart();
    Eventually.await(
        "the project reaching Meurthe-et-Moselle once it is back",
        WAIT,
        () -> c.copy("PROJECT", object));
    JsonObject delivered =
        Eventually.await(
            "the delivery marked delivered",
            WAIT,
            () ->
                a.deliveries("state=delivered&host=" + FederationAdmin.encode(c.host())).stream()
                    .filter(d -> d.getInt("attempts") >= 2)
                    .findFirst());
    assertThat(delivered.getString("deliveredAt")).isNotBlank();
  }

  @Test
  @Order(6)
  void aSenderKilledMidQueueAndARestartedReceiverLoseNothing() {
    List<String> objects = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      long id = createProject(grenoble, "Épicerie solidaire n°" + i, "PUBLIC");
      objects.add(objectId(grenoble, "projects", id));
    }
    grenoble.kill(); // kill -9: deliveries committed but not all sent
    miramas.restart(); // the receiver restarts meanwhile
    grenoble.restart();

    for (FederationAdmin follower : List.of(b, c)) {
      Eventually.until(
          "all five projects copied by " + follower.host(),
          WAIT,
          () -> objects.stream().allMatch(o -> follower.copy("PROJECT", o).isPresent()));
      assertThat(
              follower.copies("PROJECT").stream()
                  .filter(copy -> objects.contains(copy.getString("objectId"))))
          .hasSize(5);
    }
  }

  // --- helpers

  static void awaitFollow(FederationAdmin follower, FederationAdmin followed) {
    Eventually.until(
        follower.host() + " following " + followed.host() + " accepted",
        WAIT,
        () -> follower.followState(followed.actor(), "following").equals("ACCEPTED"));
  }

  static long createProject(NodeProcess node, String title, String visibility) {
    HttpResponse<String> created =
        node.sendJsonAsAdmin("POST", "/api/projects", projectJson(title, visibility));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return json(created).getJsonNumber("id").longValue();
  }

  static String projectJson(String title, String visibility) {
    return ("{\"title\":\"%s\",\"summary\":\"Un projet du réseau.\",\"stage\":\"idea\","
            + "\"origin\":\"ACCELERATED_EXISTING\",\"themes\":[\"food\"],\"visibility\":\"%s\"}")
        .formatted(title, visibility);
  }

  static long publishSheet(NodeProcess node, String title) {
    HttpResponse<String> created =
        node.sendJsonAsAdmin(
            "POST",
            "/api/method-sheets",
            ("{\"title\":\"%s\",\"bodyMarkdown\":\"## Préparer\\n\\nInviter largement.\","
                    + "\"methodSteps\":[\"SUPPORT\"]}")
                .formatted(title));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long id = json(created).getJsonNumber("id").longValue();
    for (String state : List.of("IN_REVIEW", "PUBLISHED")) {
      HttpResponse<String> moved =
          node.sendJsonAsAdmin(
              "POST", "/api/method-sheets/" + id + "/transitions", "{\"to\":\"" + state + "\"}");
      assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
    }
    return id;
  }

  static String objectId(NodeProcess node, String kind, long id) {
    return node.uri("/objects/" + kind + "/" + id).toString();
  }

  /** A GET of a federation address, unsigned or signed with the territory key of {@code as}. */
  static HttpResponse<String> fetch(NodeProcess node, String path, NodeProcess as)
      throws IOException {
    HttpRequest.Builder request =
        HttpCalls.request(node.uri(path)).header("Accept", ACTIVITY_JSON).GET();
    if (as != null) {
      PrivateKey key =
          PemKeys.decodePrivateKey(
              Files.readString(as.dataDir().resolve("keys").resolve("territory-rsa.pem")));
      SignableRequest signed =
          Rfc9421Signer.builder(as.uri("/actors/territory") + "#main-key", key)
              .build()
              .sign(SignableRequest.get(node.uri(path), HttpFields.of("accept", ACTIVITY_JSON)));
      for (Map.Entry<String, List<String>> header : signed.headers().asMap().entrySet()) {
        if (!header.getKey().equalsIgnoreCase("host")) {
          header.getValue().forEach(v -> request.header(header.getKey(), v));
        }
      }
    }
    return HttpCalls.send(node.http(), request.build());
  }
}
