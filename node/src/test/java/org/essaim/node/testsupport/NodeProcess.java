// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.essaim.node.localnode.LocalNode;

/**
 * A real Essaim node: the Liberty server that liberty:create/deploy prepared under target/, run as
 * a separate process with its own output directory, ports and data directory, so several nodes can
 * run side by side. Close it (try-with-resources or @AfterAll) to stop the server and its
 * PostgreSQL even when a test fails.
 */
public final class NodeProcess implements AutoCloseable {

  public static final String ADMIN_PASSWORD = "integration-admin-secret";
  private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

  /**
   * The JVM options of the test nodes, passed to Liberty's server script as {@code JVM_ARGS} (never
   * in the production jvm.options). A test node lives for minutes and spends most of its CPU on its
   * own start; C1 alone ({@code -XX:TieredStopAtLevel=1}) compiles that start code cheaply instead
   * of compiling it twice, which halves the CPU a start costs (docs/performance.md, "Integration
   * tests"). {@code -Dessaim.it.jvm.options=} (empty) runs the nodes with the JVM's defaults, as
   * production does.
   */
  static final String JVM_OPTIONS =
      System.getProperty("essaim.it.jvm.options", "-XX:TieredStopAtLevel=1");

  /**
   * Extra environment for the nodes of a class that puts real work on them (hundreds of writes,
   * searches): the JVM's defaults, whose C2 code costs a third of C1's CPU on that work, more than
   * the start saves (docs/performance.md, "Integration tests").
   */
  public static final Map<String, String> JIT_DEFAULTS = Map.of("JVM_ARGS", "");

  private final Path nodeDir;
  private final int httpPort;
  private final int databasePort;
  private final LocalNode server;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private NodeProcess(String name, Map<String, String> extraEnvironment) {
    this.nodeDir = Path.of(required("essaim.it.work.dir")).resolve(name);
    // A port chosen by the caller: a second replica's base URL names the first's before it starts.
    this.httpPort =
        extraEnvironment.containsKey("ESSAIM_HTTP_PORT")
            ? Integer.parseInt(extraEnvironment.get("ESSAIM_HTTP_PORT"))
            : freePort();
    this.databasePort = freePort();
    Map<String, String> env =
        new HashMap<>(
            LocalNode.loopbackEnvironment(nodeDir, httpPort, databasePort, ADMIN_PASSWORD));
    if (!JVM_OPTIONS.isBlank()) {
      env.put("JVM_ARGS", JVM_OPTIONS);
    }
    env.putAll(extraEnvironment);
    this.server =
        new LocalNode(
            name,
            Path.of(required("essaim.it.wlp.dir")),
            required("essaim.it.server.name"),
            nodeDir,
            httpPort,
            env);
  }

  /** Starts a node with the embedded database. */
  public static NodeProcess start(String name) {
    return start(name, Map.of());
  }

  /**
   * Starts a fresh node (its directory from an earlier run is wiped) with extra environment
   * variables (ESSAIM_DB_URL for an external database…).
   */
  public static NodeProcess start(String name, Map<String, String> environment) {
    NodeProcess node = new NodeProcess(name, environment);
    try {
      LocalNode.deleteRecursively(node.nodeDir);
      Files.createDirectories(node.nodeDir);
      node.server.start(READY_TIMEOUT);
      return node;
    } catch (RuntimeException | Error e) {
      node.close();
      throw e;
    } catch (IOException e) {
      node.close();
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Starts several fresh nodes side by side (most of a start is spent waiting on the server), in
   * the order of {@code nodes} (name → extra environment). If one does not start, the others are
   * stopped and the failures are reported together.
   */
  public static List<NodeProcess> startAll(Map<String, Map<String, String>> nodes) {
    // A thread per node: the common pool has a single thread on a 2-core machine.
    ExecutorService threads = Executors.newFixedThreadPool(nodes.size());
    List<NodeProcess> started = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    try {
      List<CompletableFuture<NodeProcess>> starts =
          nodes.entrySet().stream()
              .map(
                  n ->
                      CompletableFuture.supplyAsync(() -> start(n.getKey(), n.getValue()), threads))
              .toList();
      for (CompletableFuture<NodeProcess> start : starts) {
        try {
          started.add(start.join());
        } catch (CompletionException e) {
          failures.add(String.valueOf(e.getCause()));
        }
      }
    } finally {
      threads.shutdown();
    }
    if (!failures.isEmpty()) {
      started.forEach(NodeProcess::close);
      throw new IllegalStateException("nodes did not start: " + failures);
    }
    return started;
  }

  public URI uri(String path) {
    return URI.create("http://127.0.0.1:" + httpPort + path);
  }

  /** GET without credentials. */
  public HttpResponse<String> get(String path) {
    return HttpCalls.send(http, HttpCalls.request(uri(path)).GET().build());
  }

  /** GET as the bootstrap administrator. */
  public HttpResponse<String> getAsAdmin(String path) {
    return HttpCalls.send(
        http,
        HttpCalls.request(uri(path))
            .header("Authorization", HttpCalls.basic("admin", ADMIN_PASSWORD))
            .GET()
            .build());
  }

  /** Sends a JSON document with HTTP Basic credentials (method PUT, POST…). */
  public HttpResponse<String> sendJson(
      String method, String path, String json, String username, String password) {
    return HttpCalls.send(http, jsonRequest(method, path, json, username, password).build());
  }

  /** Sends a JSON document as the bootstrap administrator. */
  public HttpResponse<String> sendJsonAsAdmin(String method, String path, String json) {
    return sendJson(method, path, json, "admin", ADMIN_PASSWORD);
  }

  /** A JSON request with HTTP Basic credentials, to add headers to before sending. */
  public HttpRequest.Builder jsonRequest(
      String method, String path, String json, String username, String password) {
    return HttpCalls.request(uri(path))
        .header("Authorization", HttpCalls.basic(username, password))
        .header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(json));
  }

  /**
   * Creates an account through the API, as the administrator.
   *
   * @param roles {@code editor}, {@code admin}
   */
  public void createAccount(String username, String password, String... roles) {
    String roleList =
        java.util.Arrays.stream(roles)
            .map(r -> "\"" + r + "\"")
            .collect(java.util.stream.Collectors.joining(","));
    HttpResponse<String> created =
        sendJsonAsAdmin(
            "POST",
            "/api/accounts",
            "{\"username\":\"%s\",\"password\":\"%s\",\"roles\":[%s]}"
                .formatted(username, password, roleList));
    if (created.statusCode() != 201) {
      throw new IllegalStateException("account not created: " + created.body());
    }
  }

  /**
   * An account that signs in but holds no role, with the same password as {@code sameAs}. The API
   * never makes one (an account always has a role), so it is written straight to the database, as a
   * new row the node has not cached.
   */
  public void createAccountWithoutRole(String username, String sameAs) {
    try (java.sql.Connection db =
            java.sql.DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + databasePort + "/essaim", "essaim", "essaim");
        java.sql.PreparedStatement copy =
            db.prepareStatement(
                "INSERT INTO account (username, password_hash)"
                    + " SELECT ?, password_hash FROM account WHERE username = ?")) {
      copy.setString(1, username);
      copy.setString(2, sameAs);
      if (copy.executeUpdate() != 1) {
        throw new IllegalStateException("no account " + sameAs + " to copy");
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public int databasePort() {
    return databasePort;
  }

  public HttpClient http() {
    return http;
  }

  /** The node's data directory ({@code essaim.data.dir}): its database cluster and actor keys. */
  public Path dataDir() {
    return server.dataDir();
  }

  public Path logsDir() {
    return server.logsDir();
  }

  /** Stops the server and starts it again on the same ports and data. */
  public void restart() {
    server.stop();
    server.start(READY_TIMEOUT);
  }

  /**
   * Kills the node's JVM with SIGKILL ({@code kill -9}: no shutdown hook, no cleanup, in-flight
   * work lost), as a crash would. The embedded PostgreSQL it started is then stopped normally (it
   * stands for the database server, which survives a node crash); {@link #restart()} starts the
   * node again on the same data.
   */
  public void kill() {
    server.kill();
  }

  @Override
  public void close() {
    server.stop();
  }

  /** A port free now, for a node's {@code ESSAIM_HTTP_PORT}. */
  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null) {
      throw new IllegalStateException(property + " is not set: run the ITs through Maven failsafe");
    }
    return value;
  }
}
