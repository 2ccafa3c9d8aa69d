// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.bench;

import static org.essaim.node.testsupport.HttpCalls.json;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.essaim.federation.jsonld.ActivityStreamsCodec;
import org.essaim.federation.keys.KeyPairs;
import org.essaim.federation.keys.PemKeys;
import org.essaim.federation.sig.HttpFields;
import org.essaim.federation.sig.Rfc9421Signer;
import org.essaim.federation.sig.SignableRequest;
import org.essaim.federation.vocab.Activity;
import org.essaim.federation.vocab.ActivityType;
import org.essaim.federation.vocab.Actor;
import org.essaim.federation.vocab.ActorType;
import org.essaim.federation.vocab.As;
import org.essaim.federation.vocab.AsObject;
import org.essaim.federation.vocab.Collection;
import org.essaim.federation.vocab.IriReference;
import org.essaim.federation.vocab.Literal;
import org.essaim.federation.vocab.PublicKey;
import org.essaim.federation.vocab.essaim.LocalizedText;
import org.essaim.federation.vocab.essaim.Project;
import org.essaim.node.testsupport.NodeProcess;
import org.essaim.node.testsupport.PeerRows;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The federation load harness (issue 5): three scenarios against one real node (its embedded
 * PostgreSQL included), each with a warm-up and a measured run, printing a small table. Not a timed
 * test: nothing here asserts a figure; it is run on demand only, by the {@code federation-bench}
 * profile (see docs/performance.md), never by {@code ./mvnw verify}.
 *
 * <ol>
 *   <li>{@link #inboxIngest()}: signed activities POSTed to the shared inbox by concurrent clients;
 *       accepted requests per second, p50/p99 latency, and the time until the durable inbox queue
 *       is drained (every row handled and journalled).
 *   <li>{@link #fanOut()}: one PUBLIC project created through the REST API, delivered to N
 *       followers' inboxes on N distinct loopback hosts ({@code 127.0.x.y}) served by one sink.
 *   <li>{@link #backfill()}: the outbox of a followed peer (an in-JVM server) walked into remote
 *       copies, from {@code POST /api/admin/federation/backfills} until the run is DONE.
 * </ol>
 *
 * Parameters (system properties, all optional): {@code bench.scenarios} (ingest,fanout,backfill),
 * {@code bench.ingest.count} (20000), {@code bench.ingest.warmup} (3000), {@code
 * bench.ingest.concurrency} (32), {@code bench.fanout.sizes} (100,1000), {@code
 * bench.fanout.repeats} (2), {@code bench.backfill.count} (10000), {@code bench.backfill.warmup}
 * (1000), {@code bench.backfill.page-size} (100), {@code bench.jfr} (a file: the node records a
 * Java Flight Recorder profile there, written when it stops).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FederationBench {

  static final ActivityStreamsCodec CODEC = new ActivityStreamsCodec();
  static final String ACTIVITY_JSON = "application/activity+json";
  static final URI PUBLIC = URI.create(As.PUBLIC);

  static NodeProcess node;

  /** Serves the remote actors and outboxes of the ingest and backfill scenarios. */
  static HttpServer peer;

  static String origin;
  static final Map<String, byte[]> documents = new ConcurrentHashMap<>();
  static final List<String> results = new ArrayList<>();

  // HTTP/1.1: a first request with a body sent as an h2c upgrade never reaches Liberty's servlets.
  static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  @BeforeAll
  static void start() throws IOException {
    peer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    peer.setExecutor(Executors.newFixedThreadPool(4));
    peer.createContext("/", FederationBench::serveDocument);
    peer.start();
    origin = "http://127.0.0.1:" + peer.getAddress().getPort();
    try {
      // -Dbench.jfr=/path/to/file.jfr records a JFR profile of the node (Liberty reads JVM_ARGS).
      String jfr = System.getProperty("bench.jfr", "");
      node =
          NodeProcess.start(
              "federation-bench",
              jfr.isBlank()
                  ? Map.of()
                  : Map.of(
                      "JVM_ARGS",
                      "-XX:StartFlightRecording=settings=profile,dumponexit=true,filename=" + jfr));
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
        ((ExecutorService) peer.getExecutor()).shutdownNow();
      }
      System.out.println();
      System.out.println("=== Federation bench results ===");
      results.forEach(System.out::println);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // 1. Inbox ingest
  // ---------------------------------------------------------------------------------------------

  @Test
  @Order(1)
  void inboxIngest() throws Exception {
    if (!enabled("ingest")) {
      return;
    }
    int count = intProperty("bench.ingest.count", 20_000);
    int warmup = intProperty("bench.ingest.warmup", 3_000);
    int concurrency = intProperty("bench.ingest.concurrency", 32);
    KeyPair key = KeyPairs.generateRsa2048();
    URI actor = URI.create(origin + "/users/bench");
    put(
        actor,
        Actor.builder(ActorType.PERSON, actor, URI.create(actor + "/inbox"))
            .preferredUsername("bench")
            .publicKey(
                new PublicKey(
                    URI.create(actor + "#main-key"),
                    actor,
                    PemKeys.encodePublicKey(key.getPublic())))
            .build()
            .asObject());

    // Signing is the sender's cost, not the node's: every request is signed before the clock
    // starts (well inside the node's ±5 min window), on both cores.
    long signStart = System.nanoTime();
    List<SignableRequest> warm = sign(actor, key, warmup);
    List<SignableRequest> measured = sign(actor, key, count);
    log(
        "ingest: signed %,d requests in %.1f s",
        warmup + count, seconds(System.nanoTime() - signStart));

    Run warmRun = post(warm, concurrency);
    awaitInboxDrained(warmup, Duration.ofMinutes(3));
    log("ingest warm-up: %s", warmRun);

    Cpu before = Cpu.now();
    long start = System.nanoTime();
    Run run = post(measured, concurrency);
    long drained = awaitInboxDrained(warmup + count, Duration.ofMinutes(5));
    String cpu = Cpu.now().since(before);
    double drainSeconds = seconds(drained - start);
    long journalled = scalar("SELECT count(*) FROM inbound_journal");

    results.add("");
    results.add(
        "Inbox ingest: %,d signed Like (RFC 9421, RSA-2048) to /inbox, %d concurrent clients"
            .formatted(count, concurrency));
    results.add("| Figure | Value |");
    results.add("|---|---:|");
    results.add("| Accepted (202) | %,d of %,d |".formatted(run.accepted, count));
    results.add("| Requests per second (accepted) | %,.0f |".formatted(run.perSecond()));
    results.add("| Latency p50 | %.1f ms |".formatted(run.percentile(50)));
    results.add("| Latency p99 | %.1f ms |".formatted(run.percentile(99)));
    results.add("| Latency max | %.1f ms |".formatted(run.percentile(100)));
    results.add("| Sending time | %.2f s |".formatted(run.seconds));
    results.add(
        "| First request to queue drained (all handled) | %.2f s |".formatted(drainSeconds));
    results.add(
        "| Activities per second, end to end (durable and handled) | %,.0f |"
            .formatted(count / drainSeconds));
    results.add("| Inbound journal lines after the run | %,d |".formatted(journalled));
    if (!run.otherStatuses.isEmpty()) {
      results.add("| Other statuses | %s |".formatted(run.otherStatuses));
    }
    results.add(cpu);
  }

  static List<SignableRequest> sign(URI actor, KeyPair key, int count) {
    URI inbox = node.uri("/inbox");
    String keyId = actor + "#main-key";
    ThreadLocal<Rfc9421Signer> signers =
        ThreadLocal.withInitial(() -> Rfc9421Signer.builder(keyId, key.getPrivate()).build());
    return IntStream.range(0, count)
        .parallel()
        .mapToObj(
            i -> {
              String id = origin + "/activities/" + UUID.randomUUID();
              String body =
                  "{\"@context\":\"https://www.w3.org/ns/activitystreams\",\"id\":\""
                      + id
                      + "\",\"type\":\"Like\",\"actor\":\""
                      + actor
                      + "\",\"object\":\""
                      + node.uri("/actors/territory")
                      + "\"}";
              return signers
                  .get()
                  .sign(
                      SignableRequest.post(
                          inbox,
                          HttpFields.of("content-type", ACTIVITY_JSON),
                          body.getBytes(StandardCharsets.UTF_8)));
            })
        .toList();
  }

  static Run post(List<SignableRequest> requests, int concurrency) throws Exception {
    long[] latencies = new long[requests.size()];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger accepted = new AtomicInteger();
    Map<Integer, AtomicInteger> others = new ConcurrentHashMap<>();
    ExecutorService clients = Executors.newFixedThreadPool(concurrency);
    long start = System.nanoTime();
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int c = 0; c < concurrency; c++) {
        futures.add(
            clients.submit(
                () -> {
                  int i;
                  while ((i = next.getAndIncrement()) < requests.size()) {
                    HttpRequest request = toHttp(requests.get(i));
                    long sent = System.nanoTime();
                    int status;
                    try {
                      status =
                          HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                    } catch (IOException e) {
                      status = -1;
                    }
                    latencies[i] = System.nanoTime() - sent;
                    if (status == 202) {
                      accepted.incrementAndGet();
                    } else {
                      others.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> future : futures) {
        future.get();
      }
    } finally {
      clients.shutdownNow();
    }
    return new Run(
        requests.size(), accepted.get(), seconds(System.nanoTime() - start), latencies, others);
  }

  static HttpRequest toHttp(SignableRequest request) {
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
    return builder
        .POST(HttpRequest.BodyPublishers.ofByteArray(request.body().orElse(new byte[0])))
        .build();
  }

  /** Waits until the inbox queue holds {@code total} rows and none is PENDING; returns when. */
  static long awaitInboxDrained(long total, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      long stored = scalar("SELECT count(*) FROM inbox_activity");
      long pending = scalar("SELECT count(*) FROM inbox_activity WHERE state = 'PENDING'");
      if (stored >= total && pending == 0) {
        return System.nanoTime();
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("inbox queue not drained after " + timeout);
  }

  record Run(
      int sent,
      int accepted,
      double seconds,
      long[] latencies,
      Map<Integer, AtomicInteger> otherStatuses) {

    double perSecond() {
      return accepted / seconds;
    }

    /** The latency percentile in milliseconds (nearest rank). */
    double percentile(int p) {
      long[] sorted = latencies.clone();
      Arrays.sort(sorted);
      int rank = Math.max(1, (int) Math.ceil(p / 100.0 * sorted.length));
      return sorted[rank - 1] / 1_000_000.0;
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%d sent, %d accepted in %.2f s (%.0f/s), p50 %.1f ms, p99 %.1f ms, others %s",
          sent,
          accepted,
          seconds,
          perSecond(),
          percentile(50),
          percentile(99),
          otherStatuses);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // 2. Fan-out
  // ---------------------------------------------------------------------------------------------

  /** Title of the project → the distinct hosts ("127.0.x.y") whose inbox received its Create. */
  static final Map<String, Set<String>> received = new ConcurrentHashMap<>();

  @Test
  @Order(2)
  void fanOut() throws Exception {
    if (!enabled("fanout")) {
      return;
    }
    int[] sizes =
        Arrays.stream(System.getProperty("bench.fanout.sizes", "100,1000").split(","))
            .map(String::strip)
            .mapToInt(Integer::parseInt)
            .toArray();
    int repeats = intProperty("bench.fanout.repeats", 2);
    // One sink on every loopback address (the wildcard address, loopback callers only): the
    // followers' inboxes are on distinct hosts 127.0.x.y, as distinct servers would be, so the
    // delivery workers' one-in-flight-per-host rule does not serialise them.
    HttpServer sink = HttpServer.create(new InetSocketAddress(0), 512);
    ExecutorService sinkThreads = Executors.newFixedThreadPool(32);
    sink.setExecutor(sinkThreads);
    sink.createContext("/", FederationBench::sinkInbox);
    sink.start();
    int port = sink.getAddress().getPort();
    results.add("");
    results.add(
        "Fan-out: one PUBLIC project created through the API, delivered to N follower inboxes"
            + " on N distinct loopback hosts");
    results.add("| N inboxes | Run | API create | All delivered (sink) | Deliveries per second |");
    results.add("|---:|---|---:|---:|---:|");
    List<String> cpus = new ArrayList<>();
    try {
      int seeded = 0;
      for (int n : sizes) {
        List<URI> actors = new ArrayList<>();
        for (int i = seeded; i < n; i++) {
          actors.add(URI.create("http://" + loopbackHost(i) + ":" + port + "/actors/territory"));
        }
        PeerRows.insertFollowers(node, actors);
        seeded = Math.max(seeded, n);
        for (int r = 0; r <= repeats; r++) {
          String run = r == 0 ? "warm-up" : "#" + r;
          String title = "Fan-out " + n + " " + run + " " + UUID.randomUUID();
          received.put(title, ConcurrentHashMap.newKeySet());
          Cpu before = Cpu.now();
          long start = System.nanoTime();
          HttpResponse<String> created =
              node.sendJsonAsAdmin(
                  "POST",
                  "/api/projects",
                  ("{\"title\":\"%s\",\"summary\":\"Un résumé public.\",\"stage\":\"idea\","
                          + "\"origin\":\"ACCELERATED_EXISTING\",\"themes\":[\"food\"],"
                          + "\"visibility\":\"PUBLIC\"}")
                      .formatted(title));
          long api = System.nanoTime();
          if (created.statusCode() != 201) {
            throw new IllegalStateException("project not created: " + created.body());
          }
          long done = awaitDelivered(title, n, Duration.ofMinutes(5));
          double total = seconds(done - start);
          log(
              "fan-out %d %s: API %.0f ms, all %d delivered in %.2f s",
              n, run, millis(api - start), n, total);
          results.add(
              "| %,d | %s | %.0f ms | %.2f s | %,.0f |"
                  .formatted(n, run, millis(api - start), total, n / total));
          cpus.add("N=%d %s: %s".formatted(n, run, Cpu.now().since(before)));
        }
      }
      results.add(
          "outbox_delivery: %s"
              .formatted(
                  rows(
                      "SELECT state || ' ' || count(*) FROM outbox_delivery GROUP BY state"
                          + " ORDER BY state")));
      results.addAll(cpus);
    } finally {
      sink.stop(0);
      sinkThreads.shutdownNow();
    }
  }

  /** 127.0.10.1 … : 250 hosts per third byte, never .0 nor .255. */
  static String loopbackHost(int i) {
    return "127.0." + (10 + i / 250) + "." + (1 + i % 250);
  }

  static void sinkInbox(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!exchange.getRemoteAddress().getAddress().isLoopbackAddress()) {
        exchange.sendResponseHeaders(403, -1);
        return;
      }
      byte[] body = exchange.getRequestBody().readAllBytes();
      if (!exchange.getRequestMethod().equals("POST")) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      String text = new String(body, StandardCharsets.UTF_8);
      String host = exchange.getLocalAddress().getAddress().getHostAddress();
      for (Map.Entry<String, Set<String>> entry : received.entrySet()) {
        if (text.contains(entry.getKey())) {
          entry.getValue().add(host);
        }
      }
      exchange.sendResponseHeaders(202, -1);
    }
  }

  static long awaitDelivered(String title, int n, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    Set<String> hosts = received.get(title);
    while (System.nanoTime() < deadline) {
      if (hosts.size() >= n) {
        return System.nanoTime();
      }
      Thread.sleep(5);
    }
    throw new IllegalStateException(
        "only " + hosts.size() + " of " + n + " inboxes got " + title + " after " + timeout);
  }

  // ---------------------------------------------------------------------------------------------
  // 3. Backfill
  // ---------------------------------------------------------------------------------------------

  @Test
  @Order(3)
  void backfill() throws Exception {
    if (!enabled("backfill")) {
      return;
    }
    int count = intProperty("bench.backfill.count", 10_000);
    int warmup = intProperty("bench.backfill.warmup", 1_000);
    int pageSize = intProperty("bench.backfill.page-size", 100);
    URI warmActor = publishOutbox("warm", warmup, pageSize);
    URI actor = publishOutbox("territory", count, pageSize);
    PeerRows.insert(node, warmActor, "NONE", "ACCEPTED");
    PeerRows.insert(node, actor, "NONE", "ACCEPTED");

    Backfilled warm = runBackfill(warmActor);
    log("backfill warm-up: %s", warm);
    Cpu before = Cpu.now();
    Backfilled run = runBackfill(actor);
    String cpu = Cpu.now().since(before);
    log("backfill: %s", run);
    long copies = scalar("SELECT count(*) FROM remote_object");

    results.add("");
    results.add(
        "Backfill: an outbox of %,d Create{Project} in pages of %d (warm-up: %,d)"
            .formatted(count, pageSize, warmup));
    results.add("| Run | State | Imported | Seen | Time | Objects per second |");
    results.add("|---|---|---:|---:|---:|---:|");
    results.add(warm.row("warm-up"));
    results.add(run.row("measured"));
    results.add("remote_object rows after both runs: %,d".formatted(copies));
    results.add("Measured run: " + cpu);
  }

  record Backfilled(String state, int imported, int seen, double seconds) {
    String row(String name) {
      return "| %s | %s | %,d | %,d | %.2f s | %,.0f |"
          .formatted(name, state, imported, seen, seconds, imported / seconds);
    }
  }

  static Backfilled runBackfill(URI actor) throws InterruptedException {
    long start = System.nanoTime();
    HttpResponse<String> started =
        node.sendJsonAsAdmin(
            "POST", "/api/admin/federation/backfills", "{\"actor\":\"" + actor + "\"}");
    if (started.statusCode() != 202) {
      throw new IllegalStateException("backfill not started: " + started.body());
    }
    long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
    while (System.nanoTime() < deadline) {
      HttpResponse<String> list = node.getAsAdmin("/api/admin/federation/backfills?size=100");
      JsonObject run =
          json(list).getJsonArray("items").getValuesAs(JsonObject.class).stream()
              .filter(r -> r.getString("actor").equals(actor.toString()))
              .findFirst()
              .orElseThrow();
      if (!run.getString("state").equals("RUNNING")) {
        return new Backfilled(
            run.getString("state"),
            run.getInt("importedCount"),
            run.getInt("seenCount"),
            seconds(System.nanoTime() - start));
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("backfill of " + actor + " still running");
  }

  /** An actor /actors/{name} whose outbox holds {@code count} Create{Project}, newest first. */
  static URI publishOutbox(String name, int count, int pageSize) {
    KeyPair rsa = KeyPairs.generateRsa2048();
    URI actor = URI.create(origin + "/actors/" + name);
    URI outbox = URI.create(actor + "/outbox");
    put(
        actor,
        Actor.builder(ActorType.ORGANIZATION, actor, URI.create(actor + "/inbox"))
            .outbox(outbox)
            .preferredUsername(name)
            .name("Territoire " + name, "fr")
            .publicKey(
                new PublicKey(
                    URI.create(actor + "#main-key"),
                    actor,
                    PemKeys.encodePublicKey(rsa.getPublic())))
            .build()
            .asObject());
    int pages = (count + pageSize - 1) / pageSize;
    put(
        outbox,
        Collection.builder(outbox, true, false)
            .totalItems(count)
            .first(URI.create(outbox + "?page=1"))
            .build()
            .asObject());
    Instant base = Instant.parse("2025-01-01T00:00:00Z");
    for (int p = 1; p <= pages; p++) {
      URI page = URI.create(outbox + "?page=" + p);
      Collection.Builder builder = Collection.builder(page, true, true).partOf(outbox);
      if (p < pages) {
        builder.next(URI.create(outbox + "?page=" + (p + 1)));
      }
      if (p > 1) {
        builder.prev(URI.create(outbox + "?page=" + (p - 1)));
      }
      for (int i = (p - 1) * pageSize; i < Math.min(count, p * pageSize); i++) {
        int n = count - i;
        AsObject project = project(actor, n, base.plusSeconds(n));
        builder.item(
            Activity.builder(ActivityType.CREATE)
                .id(URI.create(project.id().orElseThrow() + "/create"))
                .actor(actor)
                .object(project)
                .to(PUBLIC)
                .build()
                .asObject());
      }
      put(page, builder.build().asObject());
    }
    return actor;
  }

  static AsObject project(URI actor, int n, Instant published) {
    URI id = URI.create(actor + "/projects/" + n);
    return new Project(
            id,
            actor,
            LocalizedText.fr("Projet " + n),
            LocalizedText.fr("Un projet du territoire, numéro " + n + "."),
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
            URI.create("https://territoire.example/projets/" + n))
        .toAsObject().toBuilder()
            .set(As.PUBLISHED, Literal.dateTime(published))
            .add(As.TO, new IriReference(PUBLIC))
            .build();
  }

  // ---------------------------------------------------------------------------------------------
  // Where the time goes: CPU seconds of the node's JVM, of its PostgreSQL, and of this JVM
  // ---------------------------------------------------------------------------------------------

  /** Cumulative CPU time of the three parties, read from /proc through ProcessHandle. */
  record Cpu(double nodeJvm, double postgres, double harness, long wallNanos) {

    static Cpu now() {
      Path logs = FederationBench.node.logsDir();
      Path output = logs.getParent().getParent();
      Path dataDir = output.getParent().resolve("data").resolve("postgres");
      double jvm =
          pid(output.resolve(".pid").resolve(output.relativize(logs).getName(0) + ".pid"))
              .flatMap(ProcessHandle::of)
              .map(Cpu::cpu)
              .orElse(0.0);
      double postgres =
          pid(dataDir.resolve("postmaster.pid"))
              .flatMap(ProcessHandle::of)
              .map(p -> cpu(p) + p.descendants().mapToDouble(Cpu::cpu).sum())
              .orElse(0.0);
      return new Cpu(jvm, postgres, cpu(ProcessHandle.current()), System.nanoTime());
    }

    static double cpu(ProcessHandle process) {
      return process.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0);
    }

    static Optional<Long> pid(Path file) {
      try {
        return Files.readAllLines(file).stream().findFirst().map(String::strip).map(Long::valueOf);
      } catch (IOException | RuntimeException e) {
        return Optional.empty();
      }
    }

    /** "node 12.3 s, PostgreSQL 4.5 s, harness 2.1 s of CPU in 10.0 s" since {@code before}. */
    String since(Cpu before) {
      return String.format(
          Locale.ROOT,
          "CPU: node JVM %.1f s, PostgreSQL %.1f s, harness JVM %.1f s, in %.1f s of wall time"
              + " (2 cores: %.1f core-seconds available)",
          nodeJvm - before.nodeJvm,
          postgres - before.postgres,
          harness - before.harness,
          seconds(wallNanos - before.wallNanos),
          2 * seconds(wallNanos - before.wallNanos));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Shared pieces
  // ---------------------------------------------------------------------------------------------

  static void put(URI id, AsObject document) {
    String path = id.getRawPath() + (id.getRawQuery() == null ? "" : "?" + id.getRawQuery());
    documents.put(path, CODEC.writeBytes(document));
  }

  static void serveDocument(HttpExchange exchange) throws IOException {
    String key = exchange.getRequestURI().getRawPath();
    if (exchange.getRequestURI().getRawQuery() != null) {
      key += "?" + exchange.getRequestURI().getRawQuery();
    }
    byte[] body = documents.get(key);
    try (exchange) {
      exchange.getRequestBody().readAllBytes();
      if (body == null) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      exchange.getResponseHeaders().set("Content-Type", ACTIVITY_JSON);
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  static long scalar(String sql) {
    try (Connection db = database();
        Statement statement = db.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<String> rows(String sql) {
    try (Connection db = database();
        Statement statement = db.createStatement();
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

  static Connection database() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://127.0.0.1:" + node.databasePort() + "/essaim", "essaim", "essaim");
  }

  static boolean enabled(String scenario) {
    return Arrays.asList(System.getProperty("bench.scenarios", "ingest,fanout,backfill").split(","))
        .contains(scenario);
  }

  static int intProperty(String name, int defaultValue) {
    return Integer.getInteger(name, defaultValue);
  }

  static double seconds(long nanos) {
    return nanos / 1e9;
  }

  static double millis(long nanos) {
    return nanos / 1e6;
  }

  static void log(String format, Object... arguments) {
    System.out.println("[bench] " + String.format(Locale.ROOT, format, arguments));
  }
}
