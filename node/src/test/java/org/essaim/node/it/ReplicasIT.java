// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.essaim.node.testsupport.HttpCalls.json;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * Two replicas of one territory node (two Liberty processes, the same base URL and actor keys) on
 * one PostgreSQL that neither runs itself, as the Helm chart deploys them, and a peer node that
 * follows the territory. The three start together, the replicas on a fresh database: one
 * administrator, one profile, one key pair. Projects are published through both replicas; the peer
 * receives each Create once, the outbox records each delivery once, and the key figures go out at
 * most once per period whichever replica's schedule fires.
 *
 * <p>Replica B's base URL is replica A's address: the peer, like any peer of a real deployment,
 * only ever reaches the node through one address (here A's port stands for the load balancer).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicasIT {

  private static final Duration WAIT = Duration.ofMinutes(3);
  private static final int PROJECTS = 40;
  private static final int ROUNDS = 4;
  private static final Duration FIGURES_PERIOD = Duration.ofMinutes(1);

  static EmbeddedPostgres postgres;
  static String url;
  static NodeProcess replicaA;
  static NodeProcess replicaB;
  static NodeProcess peer;
  static FederationAdmin territory;
  static FederationAdmin peerAdmin;

  @BeforeAll
  static void start() throws IOException, SQLException {
    Path work = Path.of(System.getProperty("essaim.it.work.dir"), "replicas-postgres");
    Files.createDirectories(work);
    try {
      postgres =
          EmbeddedPostgres.builder()
              .setDataDirectory(work.resolve("cluster"))
              .setOverrideWorkingDirectory(work.toFile())
              .setCleanDataDirectory(true)
              .setLocaleConfig("encoding", "UTF8")
              .setLocaleConfig("locale", "C.UTF-8")
              .start();
      try (Connection admin = postgres.getPostgresDatabase().getConnection();
          Statement statement = admin.createStatement()) {
        statement.execute("CREATE ROLE territoire LOGIN PASSWORD 'territoire-secret'");
        statement.execute("CREATE DATABASE lyon OWNER territoire");
      }
      url = "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/lyon";

      // The keys in one directory both replicas read, as the chart mounts one Secret in every
      // pod; left empty, so that both replicas starting together race to generate them.
      Path keys = work.resolve("shared-keys");
      int portA = NodeProcess.freePort();
      Map<String, String> replica = new HashMap<>();
      replica.put("ESSAIM_DB_URL", url);
      replica.put("ESSAIM_DB_USER", "territoire");
      replica.put("ESSAIM_DB_PASSWORD", "territoire-secret");
      replica.put("ESSAIM_DB_POOL_MAX", "10");
      replica.put("ESSAIM_FEDERATION_KEYS_DIR", keys.toString());
      replica.put("ESSAIM_TERRITORY_NAME", "Métropole de Lyon");
      replica.put("ESSAIM_FEDERATION_KEY_FIGURES_INTERVAL", "PT1M");
      Map<String, String> a = new HashMap<>(replica);
      a.put("ESSAIM_HTTP_PORT", Integer.toString(portA));
      Map<String, String> b = new HashMap<>(replica);
      b.put("ESSAIM_BASE_URL", "http://127.0.0.1:" + portA);

      Map<String, Map<String, String>> nodes = new LinkedHashMap<>();
      nodes.put("replica-a", a);
      nodes.put("replica-b", b);
      nodes.put("replicas-peer", Map.of("ESSAIM_TERRITORY_NAME", "Pays de Gex"));
      List<NodeProcess> started = NodeProcess.startAll(nodes);
      replicaA = started.get(0);
      replicaB = started.get(1);
      peer = started.get(2);
      territory = new FederationAdmin(replicaA);
      peerAdmin = new FederationAdmin(peer);
    } catch (RuntimeException | Error | IOException | SQLException e) {
      stop();
      throw e;
    }
  }

  @AfterAll
  static void stop() {
    for (NodeProcess node : new NodeProcess[] {replicaA, replicaB, peer}) {
      if (node != null) {
        try {
          node.close();
        } catch (RuntimeException e) {
          System.err.println("Could not stop a node: " + e);
        }
      }
    }
    if (postgres != null) {
      try {
        postgres.close();
      } catch (IOException e) {
        System.err.println("Could not stop PostgreSQL: " + e);
      }
    }
  }

  @Test
  @Order(1)
  void replicasStartedTogetherOnAFreshDatabaseMadeOneAdministratorOneProfileAndOneKey()
      throws SQLException {
    assertThat(count("SELECT count(*) FROM account")).isEqualTo(1);
    assertThat(count("SELECT count(*) FROM territory")).isEqualTo(1);

    JsonObject actorA = actor(replicaA);
    JsonObject actorB = actor(replicaB);
    assertThat(actorB.getString("id")).isEqualTo(actorA.getString("id"));
    assertThat(actorB.getJsonObject("publicKey").getString("publicKeyPem"))
        .isEqualTo(actorA.getJsonObject("publicKey").getString("publicKeyPem"));
    assertThat(actorB.toString()).isEqualTo(actorA.toString());
    // The same administrator signs in on either replica.
    assertThat(replicaB.getAsAdmin("/api/admin/federation/policy").statusCode()).isEqualTo(200);
  }

  @Test
  @Order(2)
  void projectsPublishedThroughBothReplicasReachThePeerOnceEach() throws SQLException {
    territory.policy("AUTOMATIC", "OPEN");
    peerAdmin.policy("AUTOMATIC", "OPEN");
    peerAdmin.follow(territory.actor());
    try {
      Eventually.until(
          "the peer following the territory",
          WAIT,
          () -> peerAdmin.followState(territory.actor(), "following").equals("ACCEPTED"));
    } catch (AssertionError e) {
      // What each side saw, for the report: the logs are wiped at the next start.
      System.out.println("Peer's deliveries: " + peerAdmin.deliveries(""));
      System.out.println("Peer's journal: " + peerAdmin.journal(""));
      System.out.println("Territory's journal: " + territory.journal(""));
      System.out.println("Territory's deliveries: " + territory.deliveries(""));
      throw e;
    }
    Instant followed = databaseNow();

    // Rounds of projects, each followed by a run of the key-figures job (on either replica):
    // the figures change in every period, so a replica running the job out of turn would
    // publish them twice in one period.
    List<String> lastRunBy = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      for (int i = 0; i < PROJECTS / ROUNDS; i++) {
        int n = round * (PROJECTS / ROUNDS) + i;
        createProject(n % 2 == 0 ? replicaA : replicaB, "Projet partagé n° " + n);
      }
      Instant created = databaseNow();
      lastRunBy.add(
          Eventually.await(
              "a key-figures run after round " + round,
              Duration.ofMinutes(3),
              () -> keyFiguresRunAfter(created)));
    }

    String peerInbox = peer.uri("/inbox").getRawAuthority();
    // The projects' Creates (the key figures' first publication is a Create too).
    String projectCreates =
        " FROM outbox_delivery d JOIN outbox_activity a ON a.id = d.activity"
            + " WHERE d.host = '"
            + peerInbox
            + "' AND convert_from(a.body, 'UTF8') LIKE '%\"Create\"%'"
            + " AND convert_from(a.body, 'UTF8') LIKE '%/objects/projects/%'";
    Eventually.until(
        "every Create delivered to the peer",
        WAIT,
        () -> count("SELECT count(*)" + projectCreates + " AND d.state = 'DELIVERED'") == PROJECTS);
    assertThat(count("SELECT count(*)" + projectCreates)).isEqualTo(PROJECTS);
    // Each delivery sent on one claim, and recorded by the claim that sent it.
    assertThat(
            count(
                "SELECT count(*) FROM outbox_delivery WHERE host = '"
                    + peerInbox
                    + "' AND state = 'DELIVERED' AND claims <> attempts"))
        .isZero();
    Set<String> createIds = activityIds("SELECT a.activity_id" + projectCreates);
    assertThat(createIds).hasSize(PROJECTS);

    // The peer received each Create once: one journal entry each, processed, no duplicate.
    List<JsonObject> creates =
        Eventually.await(
            "the peer's journal holding every Create",
            WAIT,
            () -> {
              List<JsonObject> found =
                  peerAdmin.journal("actor=" + FederationAdmin.encode(territory.actor())).stream()
                      .filter(e -> createIds.contains(e.getString("activityId", "")))
                      .toList();
              return found.size() >= PROJECTS ? Optional.of(found) : Optional.empty();
            });
    assertThat(creates).hasSize(PROJECTS);
    assertThat(creates.stream().map(e -> e.getString("activityId")).distinct()).hasSize(PROJECTS);
    assertThat(creates).allSatisfy(e -> assertThat(e.getString("outcome")).isEqualTo("PROCESSED"));
    assertThat(
            peerAdmin.journal("outcome=IGNORED&actor=" + FederationAdmin.encode(territory.actor())))
        .as("activities the peer received twice")
        .isEmpty();
    Eventually.until(
        "the peer holding a copy of every project",
        WAIT,
        () -> peerCount("SELECT count(*) FROM remote_object") >= PROJECTS);

    // Key figures: at most one publication per period, each delivered to the peer once.
    List<Instant> published = ownFiguresPublications();
    assertThat(published).hasSizeGreaterThanOrEqualTo(2);
    for (int i = 1; i < published.size(); i++) {
      assertThat(Duration.between(published.get(i - 1), published.get(i)))
          .as("key figures published at %s then %s", published.get(i - 1), published.get(i))
          .isGreaterThanOrEqualTo(FIGURES_PERIOD.minus(FIGURES_PERIOD.dividedBy(10)));
    }
    // Every publication made once the peer followed reached it (one made while the follow was
    // being accepted may have too).
    long afterFollow = published.stream().filter(p -> p.isAfter(followed)).count();
    Eventually.until(
        "the peer holding the key-figures updates",
        WAIT,
        () -> peerFiguresSnapshots() >= afterFollow);
    assertThat(peerFiguresSnapshots()).isBetween(afterFollow, (long) published.size());
    System.out.println("Key-figures runs by: " + lastRunBy);
  }

  static JsonObject actor(NodeProcess node) {
    HttpResponse<String> response =
        HttpCalls.send(
            node.http(),
            HttpCalls.request(node.uri("/actors/territory"))
                .header("Accept", "application/activity+json")
                .GET()
                .build());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response);
  }

  static void createProject(NodeProcess replica, String title) {
    HttpResponse<String> created =
        replica.sendJsonAsAdmin(
            "POST",
            "/api/projects",
            ("{\"title\":\"%s\",\"summary\":\"Un résumé public.\",\"stage\":\"idea\","
                    + "\"origin\":\"ACCELERATED_EXISTING\",\"themes\":[\"food\"],"
                    + "\"visibility\":\"PUBLIC\"}")
                .formatted(title));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
  }

  static Optional<String> keyFiguresRunAfter(Instant instant) {
    try (Connection c = shared();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT last_run_by FROM scheduled_run WHERE job = 'key-figures'"
                    + " AND last_run_at > ?")) {
      s.setTimestamp(1, Timestamp.from(instant));
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static Set<String> activityIds(String sql) {
    Set<String> ids = new HashSet<>();
    try (Connection c = shared();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        ids.add(r.getString(1));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return ids;
  }

  static List<Instant> ownFiguresPublications() {
    List<Instant> at = new ArrayList<>();
    try (Connection c = shared();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT received_at FROM network_figures_snapshot WHERE territory_actor = ?"
                    + " ORDER BY received_at")) {
      s.setString(1, territory.actor());
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          at.add(r.getTimestamp(1).toInstant());
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return at;
  }

  static Instant databaseNow() throws SQLException {
    try (Connection c = shared();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT now()")) {
      r.next();
      return r.getTimestamp(1).toInstant();
    }
  }

  static long count(String sql) {
    try (Connection c = shared();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static long peerFiguresSnapshots() {
    return peerCount(
        "SELECT count(*) FROM network_figures_snapshot WHERE territory_actor = '"
            + territory.actor()
            + "'");
  }

  static long peerCount(String sql) {
    try (Connection c =
            DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + peer.databasePort() + "/essaim",
                "essaim",
                "essaim");
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static Connection shared() throws SQLException {
    return DriverManager.getConnection(url, "territoire", "territoire-secret");
  }
}
