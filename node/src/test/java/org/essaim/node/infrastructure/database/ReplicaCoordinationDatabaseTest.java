// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.essaim.node.infrastructure.federation.delivery.OutboxStore;
import org.essaim.node.infrastructure.federation.inbound.InboxStore;
import org.essaim.node.infrastructure.federation.inbound.JournalOutcome;
import org.essaim.node.infrastructure.federation.inbound.LeaseLostException;
import org.essaim.node.testsupport.MigratedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replicas sharing one database, on a real PostgreSQL migrated with the node's scripts: each
 * "replica" is a store on its own connection, as two processes would be. Claims never hand one row
 * to two claimers, a completion after the lease ran out and the row was claimed again is refused,
 * and a periodic job runs once whoever asks.
 */
class ReplicaCoordinationDatabaseTest {

  @TempDir static Path dir;
  static MigratedDatabase database;

  @BeforeAll
  static void start() {
    database = MigratedDatabase.start(dir);
  }

  @AfterAll
  static void stop() {
    if (database != null) {
      database.close();
    }
  }

  @BeforeEach
  void empty() throws SQLException {
    try (Connection c = database.connection();
        Statement s = c.createStatement()) {
      s.execute("TRUNCATE outbox_delivery, outbox_activity, inbox_activity");
      // The jobs' rows come with the migration: made due again, never deleted.
      s.execute(
          "DELETE FROM scheduled_run WHERE job NOT IN ('key-figures', 'search-term-statistics')");
      s.execute("UPDATE scheduled_run SET last_run_at = '-infinity', last_run_by = ''");
      c.commit();
    }
  }

  /** A store of one replica: its own connection, committed by the test after each call. */
  static final class Replica<T> implements AutoCloseable {
    final Connection connection;
    final T store;

    Replica(T store) throws SQLException {
      this.connection = database.connection();
      this.store = store;
      inject(store, MigratedDatabase.entityManager(connection));
    }

    void commit() throws SQLException {
      connection.commit();
    }

    void rollback() throws SQLException {
      connection.rollback();
    }

    @Override
    public void close() throws SQLException {
      connection.rollback();
      connection.close();
    }
  }

  // The stores' entity managers are injected fields of their own packages.
  static void inject(Object store, Object entityManager) {
    try {
      var field = store.getClass().getDeclaredField("entityManager");
      field.setAccessible(true);
      field.set(store, entityManager);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  static void queueDeliveries(int activities, int hosts, Instant at) throws SQLException {
    try (Replica<OutboxStore> r = new Replica<>(new OutboxStore())) {
      for (int a = 0; a < activities; a++) {
        Set<URI> inboxes = new HashSet<>();
        for (int h = 0; h < hosts; h++) {
          inboxes.add(URI.create("https://peer" + h + ".example/inbox"));
        }
        r.store.insert(
            URI.create("https://grenoble.example/activities/" + a), new byte[] {1}, inboxes, at);
      }
      r.commit();
    }
  }

  static Map<String, Object> deliveryRow(long id) throws SQLException {
    try (Connection c = database.connection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT state, attempts, claims, last_error FROM outbox_delivery WHERE id = ?")) {
      s.setLong(1, id);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return Map.of(
            "state", r.getString(1),
            "attempts", r.getInt(2),
            "claims", r.getInt(3),
            "last_error", String.valueOf(r.getString(4)));
      }
    }
  }

  @Test
  void aDeliveryResultComingBackAfterTheLeaseRanOutAndAnotherClaimIsDropped() throws Exception {
    Instant t0 = Instant.parse("2026-01-01T10:00:00Z");
    queueDeliveries(1, 1, t0);
    try (Replica<OutboxStore> a = new Replica<>(new OutboxStore());
        Replica<OutboxStore> b = new Replica<>(new OutboxStore())) {
      List<OutboxStore.Claimed> byA = a.store.claim(t0, Duration.ofSeconds(30), 10, h -> true);
      a.commit();
      assertThat(byA).hasSize(1);
      // Under A's lease: B finds nothing to do.
      assertThat(b.store.claim(t0.plusSeconds(29), Duration.ofSeconds(30), 10, h -> true))
          .isEmpty();
      b.commit();
      // A's send hangs past its lease; B claims the delivery again and records its result.
      List<OutboxStore.Claimed> byB =
          b.store.claim(t0.plusSeconds(31), Duration.ofSeconds(30), 10, h -> true);
      b.commit();
      assertThat(byB).extracting(OutboxStore.Claimed::id).containsExactly(byA.get(0).id());
      assertThat(byB.get(0).claim()).isGreaterThan(byA.get(0).claim());
      assertThat(b.store.retryAt(byB.get(0), 503, "B: peer unavailable", t0.plusSeconds(120)))
          .isTrue();
      b.commit();

      // A's late success is refused: B's newer result stands.
      assertThat(a.store.delivered(byA.get(0), 202, t0.plusSeconds(40))).isFalse();
      assertThat(a.store.failed(byA.get(0), 400, "A: late", t0.plusSeconds(40))).isFalse();
      a.commit();
      assertThat(deliveryRow(byA.get(0).id()))
          .containsEntry("state", "PENDING")
          .containsEntry("attempts", 1)
          .containsEntry("claims", 2)
          .containsEntry("last_error", "B: peer unavailable");

      // The current claim still completes.
      List<OutboxStore.Claimed> again =
          a.store.claim(t0.plusSeconds(121), Duration.ofSeconds(30), 10, h -> true);
      a.commit();
      assertThat(a.store.delivered(again.get(0), 202, t0.plusSeconds(122))).isTrue();
      a.commit();
      assertThat(deliveryRow(byA.get(0).id()))
          .containsEntry("state", "DELIVERED")
          .containsEntry("attempts", 2);
    }
  }

  @Test
  void twoClaimersAtOnceNeverGetTheSameDelivery() throws Exception {
    Instant t0 = Instant.parse("2026-01-01T10:00:00Z");
    queueDeliveries(1, 40, t0);
    try (Replica<OutboxStore> a = new Replica<>(new OutboxStore());
        Replica<OutboxStore> b = new Replica<>(new OutboxStore())) {
      // A's claim is not committed yet: its rows are locked, B skips them.
      List<OutboxStore.Claimed> byA = a.store.claim(t0, Duration.ofSeconds(30), 25, h -> true);
      List<OutboxStore.Claimed> byB = b.store.claim(t0, Duration.ofSeconds(30), 25, h -> true);
      a.commit();
      b.commit();
      assertThat(byA).hasSize(25);
      assertThat(byB).hasSize(15);
      Set<Long> ids = new HashSet<>();
      byA.forEach(d -> ids.add(d.id()));
      byB.forEach(d -> ids.add(d.id()));
      assertThat(ids).hasSize(40);
    }
  }

  @Test
  void replicasWorkingThroughTheOutboxTogetherSendEachDeliveryOnce() throws Exception {
    // Several deliveries per host: the one-at-a-time-per-host rule is in play too.
    Instant t0 = Instant.parse("2026-01-01T10:00:00Z");
    queueDeliveries(20, 4, t0);
    Map<Long, AtomicInteger> sends = new ConcurrentHashMap<>();
    ExecutorService threads = Executors.newFixedThreadPool(3);
    try {
      List<Future<Integer>> replicas = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        replicas.add(
            threads.submit(
                () -> {
                  int idle = 0;
                  int sent = 0;
                  try (Replica<OutboxStore> r = new Replica<>(new OutboxStore())) {
                    while (idle < 50) {
                      List<OutboxStore.Claimed> claimed =
                          r.store.claim(t0, Duration.ofSeconds(30), 4, h -> true);
                      r.commit();
                      if (claimed.isEmpty()) {
                        idle++;
                        Thread.onSpinWait();
                        continue;
                      }
                      idle = 0;
                      for (OutboxStore.Claimed d : claimed) {
                        sends.computeIfAbsent(d.id(), k -> new AtomicInteger()).incrementAndGet();
                        assertThat(r.store.delivered(d, 202, t0)).isTrue();
                        r.commit();
                        sent++;
                      }
                    }
                  }
                  return sent;
                }));
      }
      int total = 0;
      for (Future<Integer> replica : replicas) {
        total += replica.get();
      }
      assertThat(total).isEqualTo(80);
    } finally {
      threads.shutdown();
    }
    assertThat(sends).hasSize(80);
    assertThat(sends.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
  }

  static long queueInboxActivity(Connection c, String id) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO inbox_activity (activity_id, activity_type, actor_id, document,"
                + " received_at, state, attempts, next_attempt_at)"
                + " VALUES (?, 'Create', 'https://miramas.example/actors/territory', '{}', now(),"
                + " 'PENDING', 0, now()) RETURNING id")) {
      s.setString(1, id);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  static String inboxState(long id) throws SQLException {
    try (Connection c = database.connection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT state || ' ' || attempts || ' ' || coalesce(last_error, '-')"
                    + " FROM inbox_activity WHERE id = ?")) {
      s.setLong(1, id);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getString(1);
      }
    }
  }

  @Test
  void anInboundActivityCompletedAfterItsLeaseRanOutAndWasClaimedAgainIsRolledBack()
      throws Exception {
    long id;
    try (Connection c = database.connection()) {
      id = queueInboxActivity(c, "https://miramas.example/activities/1");
      c.commit();
    }
    try (Replica<InboxStore> a = new Replica<>(new InboxStore());
        Replica<InboxStore> b = new Replica<>(new InboxStore())) {
      // A lease of no time at all: over as soon as A's claim commits.
      Optional<InboxStore.Claimed> byA = a.store.claim(Duration.ZERO);
      a.commit();
      Optional<InboxStore.Claimed> byB = b.store.claim(Duration.ofMinutes(2));
      b.commit();
      assertThat(byB).map(InboxStore.Claimed::id).contains(id);
      assertThat(byB.get().attempt()).isEqualTo(byA.get().attempt() + 1);

      // A's handler wrote something, then its completion is refused: the dispatcher's
      // transaction (here the connection's) is rolled back with the handler's work.
      try (Statement s = a.connection.createStatement()) {
        s.execute(
            "INSERT INTO scheduled_run (job, last_run_at, last_run_by)"
                + " VALUES ('side effect of A', now(), 'A')");
      }
      assertThatThrownBy(() -> a.store.complete(byA.get(), JournalOutcome.PROCESSED, "A"))
          .isInstanceOf(LeaseLostException.class)
          .hasMessageContaining("lease lost");
      a.rollback();
      assertThat(a.store.failed(byA.get(), "A: late failure")).isFalse();
      a.commit();

      b.store.complete(byB.get(), JournalOutcome.PROCESSED, "B");
      b.commit();
      assertThat(inboxState(id)).isEqualTo("DONE 2 -");
      try (Connection c = database.connection();
          Statement s = c.createStatement();
          ResultSet r =
              s.executeQuery("SELECT count(*) FROM scheduled_run WHERE job = 'side effect of A'")) {
        r.next();
        assertThat(r.getInt(1)).as("A's side effect rolled back").isZero();
      }
    }
  }

  @Test
  void replicasDrainingTheInboxTogetherHandleEachActivityOnce() throws Exception {
    try (Connection c = database.connection()) {
      for (int i = 0; i < 60; i++) {
        queueInboxActivity(c, "https://miramas.example/activities/" + i);
      }
      c.commit();
    }
    List<Long> handled = Collections.synchronizedList(new ArrayList<>());
    ExecutorService threads = Executors.newFixedThreadPool(3);
    try {
      List<Future<?>> replicas = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        replicas.add(
            threads.submit(
                () -> {
                  try (Replica<InboxStore> r = new Replica<>(new InboxStore())) {
                    Optional<InboxStore.Claimed> claimed;
                    while ((claimed = r.store.claim(Duration.ofMinutes(2))).isPresent()) {
                      r.commit();
                      handled.add(claimed.get().id());
                      r.store.complete(claimed.get(), JournalOutcome.PROCESSED, "ok");
                      r.commit();
                    }
                    r.commit();
                  }
                  return null;
                }));
      }
      for (Future<?> replica : replicas) {
        replica.get();
      }
    } finally {
      threads.shutdown();
    }
    assertThat(handled).hasSize(60).doesNotHaveDuplicates();
  }

  @Test
  void aPeriodicJobRunsOnceWhicheverReplicasAskAndAgainOnlyAPeriodLater() throws Exception {
    Duration period = Duration.ofMinutes(10);
    List<String> runs = new ArrayList<>();
    try (Replica<ScheduledRuns> a = new Replica<>(new ScheduledRuns());
        Replica<ScheduledRuns> b = new Replica<>(new ScheduledRuns())) {
      // A runs the job and has not committed yet; B, asking meanwhile, skips it.
      assertThat(a.store.runIfDue("key-figures", period, () -> runs.add("A"))).isTrue();
      assertThat(b.store.runIfDue("key-figures", period, () -> runs.add("B"))).isFalse();
      b.commit();
      a.commit();
      // Done a moment ago, by A: B (or a replica just started) does not run it again.
      assertThat(b.store.runIfDue("key-figures", period, () -> runs.add("B"))).isFalse();
      b.commit();
      assertThat(runs).containsExactly("A");

      // A period later (less the slack), whoever asks first runs it.
      try (Statement s = a.connection.createStatement()) {
        s.execute("UPDATE scheduled_run SET last_run_at = now() - interval '9 minutes 1 second'");
      }
      a.commit();
      assertThat(b.store.runIfDue("key-figures", period, () -> runs.add("B"))).isTrue();
      b.commit();
      assertThat(a.store.runIfDue("key-figures", period, () -> runs.add("A"))).isFalse();
      a.commit();
      assertThat(runs).containsExactly("A", "B");

      // A run that fails is rolled back with its run time: the job stays due.
      try (Statement s = a.connection.createStatement()) {
        s.execute("UPDATE scheduled_run SET last_run_at = now() - interval '1 hour'");
      }
      a.commit();
      assertThatThrownBy(
              () ->
                  a.store.runIfDue(
                      "key-figures",
                      period,
                      () -> {
                        throw new IllegalStateException("figures not computed");
                      }))
          .isInstanceOf(IllegalStateException.class);
      a.rollback();
      assertThat(b.store.runIfDue("key-figures", period, () -> runs.add("B"))).isTrue();
      b.commit();
    }
  }

  @Test
  void aJobTheMigrationsDidNotListGetsItsRowAtItsFirstRun() throws Exception {
    List<String> runs = new ArrayList<>();
    try (Replica<ScheduledRuns> a = new Replica<>(new ScheduledRuns())) {
      assertThat(a.store.runIfDue("new-job", Duration.ofHours(1), () -> runs.add("A"))).isTrue();
      a.commit();
      assertThat(a.store.runIfDue("new-job", Duration.ofHours(1), () -> runs.add("A"))).isFalse();
      a.commit();
    }
    assertThat(runs).containsExactly("A");
  }

  @Test
  void theSlackIsATenthOfThePeriodAndAMinuteAtMost() {
    assertThat(ScheduledRuns.dueAfter(Duration.ofMinutes(5)))
        .isEqualTo(Duration.ofMinutes(4).plusSeconds(30));
    assertThat(ScheduledRuns.dueAfter(Duration.ofHours(1))).isEqualTo(Duration.ofMinutes(59));
  }
}
