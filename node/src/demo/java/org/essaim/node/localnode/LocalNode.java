// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.localnode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.essaim.node.infrastructure.database.EmbeddedDatabaseServer;

/**
 * One node process on loopback: the installed Liberty server ({@code wlp/bin/server}) started with
 * its own {@code WLP_OUTPUT_DIR}, data directory and ports, so several run side by side from one
 * installation. {@link #stop()} also ends a Liberty JVM or a PostgreSQL that outlived the stop.
 */
public final class LocalNode {

  private final String name;
  private final Path wlpDir;
  private final String serverName;
  private final Path nodeDir;
  private final Map<String, String> environment;
  private final int httpPort;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private boolean running;

  /**
   * @param nodeDir holds {@code output/} (Liberty's logs and work area), {@code data/} and the
   *     server script's log
   * @param environment the node's configuration ({@link #loopbackEnvironment} plus its own keys)
   */
  public LocalNode(
      String name,
      Path wlpDir,
      String serverName,
      Path nodeDir,
      int httpPort,
      Map<String, String> environment) {
    this.name = name;
    this.wlpDir = wlpDir;
    this.serverName = serverName;
    this.nodeDir = nodeDir;
    this.httpPort = httpPort;
    this.environment = Map.copyOf(environment);
  }

  /**
   * The configuration of a node reachable only on 127.0.0.1 and allowed to federate with its
   * neighbours there (plain http, loopback addresses: never on the internet).
   */
  public static Map<String, String> loopbackEnvironment(
      Path nodeDir, int httpPort, int databasePort, String adminPassword) {
    Map<String, String> env = new HashMap<>();
    env.put("WLP_OUTPUT_DIR", nodeDir.resolve("output").toString());
    env.put("ESSAIM_HTTP_HOST", "127.0.0.1");
    env.put("ESSAIM_HTTP_PORT", Integer.toString(httpPort));
    env.put("ESSAIM_BASE_URL", baseUrl(httpPort));
    env.put("ESSAIM_DATA_DIR", nodeDir.resolve("data").toString());
    env.put("ESSAIM_DB_EMBEDDED_PORT", Integer.toString(databasePort));
    env.put("ESSAIM_ADMIN_PASSWORD", adminPassword);
    env.put("ESSAIM_FEDERATION_ALLOW_PRIVATE_ADDRESSES", "true");
    env.put("ESSAIM_FEDERATION_ALLOW_HTTP", "true");
    return env;
  }

  /** The address of a loopback node, as its peers and {@code essaim.base.url} name it. */
  public static String baseUrl(int httpPort) {
    return "http://127.0.0.1:" + httpPort;
  }

  public String name() {
    return name;
  }

  public URI uri(String path) {
    return URI.create(baseUrl(httpPort) + path);
  }

  public Path dataDir() {
    return nodeDir.resolve("data");
  }

  public Path logsDir() {
    return nodeDir.resolve("output").resolve(serverName).resolve("logs");
  }

  /** Liberty's pid file for this node's output directory. */
  public Path serverPidFile() {
    return nodeDir.resolve("output").resolve(".pid").resolve(serverName + ".pid");
  }

  /** The embedded PostgreSQL's pid file (first line: the postmaster's pid). */
  public Path databasePidFile() {
    return dataDir().resolve("postgres").resolve("postmaster.pid");
  }

  /** The node's Liberty JVM, if it runs. */
  public Optional<ProcessHandle> serverProcess() {
    return liveProcess(serverPidFile(), "java");
  }

  /** The node's embedded PostgreSQL (postmaster), if it runs. */
  public Optional<ProcessHandle> databaseProcess() {
    return liveProcess(databasePidFile(), "postgres");
  }

  /** Starts the server and waits until {@code /health/ready} answers 200. */
  public void start(Duration readyTimeout) {
    // Before the script runs: a start that fails or times out may leave a server to stop.
    running = true;
    run("start");
    awaitReady(readyTimeout);
  }

  /**
   * Stops the server (its application stops the embedded PostgreSQL), then ends whatever outlived
   * the stop. Safe on a node that never started.
   */
  public void stop() {
    // Also after a start that failed or timed out: the server may be running all the same.
    if (running || Files.exists(serverPidFile())) {
      try {
        run("stop");
      } catch (RuntimeException e) {
        System.err.println("[" + name + "] server stop failed: " + e.getMessage());
      }
      running = false;
    }
    killLeftover(serverPidFile(), "java");
    killLeftover(databasePidFile(), "postgres");
  }

  /**
   * Kills the JVM with SIGKILL, as a crash would, then stops the embedded PostgreSQL normally (it
   * stands for the database server, which survives a node crash).
   */
  public void kill() {
    serverProcess()
        .ifPresent(
            process -> {
              process.destroyForcibly();
              try {
                process.onExit().get(30, TimeUnit.SECONDS);
              } catch (Exception e) {
                throw new IllegalStateException("node " + name + " did not die", e);
              }
            });
    running = false;
    killLeftover(databasePidFile(), "postgres");
  }

  private void awaitReady(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    HttpRequest ready = HttpRequest.newBuilder(uri("/health/ready")).GET().build();
    String last = "no answer";
    while (System.nanoTime() < deadline) {
      try {
        HttpResponse<String> response = http.send(ready, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
          return;
        }
        last = response.statusCode() + " " + response.body();
      } catch (IOException e) {
        last = e.toString();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      sleep(500);
    }
    throw new IllegalStateException(
        "node " + name + " not ready after " + timeout + " (" + last + "); logs in " + logsDir());
  }

  private void run(String action) {
    List<String> command = new ArrayList<>();
    command.add(wlpDir.resolve("bin").resolve("server").toString());
    command.add(action);
    command.add(serverName);
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(
                ProcessBuilder.Redirect.appendTo(nodeDir.resolve("server-script.log").toFile()));
    builder.environment().putAll(environment);
    try {
      Files.createDirectories(nodeDir);
      Process process = builder.start();
      // "server start" returns once the application has started (server.xml's startTimeout keeps
      // the ports closed until then), which takes minutes on a loaded machine.
      if (!process.waitFor(action.equals("start") ? 10 : 3, TimeUnit.MINUTES)) {
        // The server JVM (and its PostgreSQL) are the script's children until it returns, and
        // its pid file may not exist yet: without this, killing the script would orphan them.
        process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        throw new IllegalStateException("server " + action + " timed out for node " + name);
      }
      if (process.exitValue() != 0) {
        throw new IllegalStateException(
            "server "
                + action
                + " exited with "
                + process.exitValue()
                + " for node "
                + name
                + " (see "
                + nodeDir.resolve("server-script.log")
                + ")");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * The live process a pid file names, when it is this node's: a stale pid file may name a number
   * the system gave since to another process (pid numbers wrap at 32,768 here), another node's JVM
   * or PostgreSQL among them. A PostgreSQL must run on this node's cluster directory; a JVM must
   * have started before Liberty wrote its pid file.
   */
  private Optional<ProcessHandle> liveProcess(Path pidFile, String executable) {
    return readPid(pidFile)
        .flatMap(ProcessHandle::of)
        .filter(ProcessHandle::isAlive)
        .filter(p -> p.info().command().map(c -> c.endsWith(executable)).orElse(false))
        .filter(
            p ->
                executable.equals("postgres")
                    ? EmbeddedDatabaseServer.isPostmasterOf(p, dataDir().resolve("postgres"))
                    : startedBefore(p, pidFile));
  }

  private static boolean startedBefore(ProcessHandle process, Path file) {
    try {
      Instant written = Files.getLastModifiedTime(file).toInstant();
      return process
          .info()
          .startInstant()
          .map(started -> !started.isAfter(written.plusSeconds(2)))
          .orElse(false);
    } catch (IOException e) {
      return false;
    }
  }

  /** A process that outlived its stop (a hung JVM, an orphaned postgres) is ended here. */
  private void killLeftover(Path pidFile, String executable) {
    liveProcess(pidFile, executable)
        .ifPresent(
            process -> {
              process.destroy();
              try {
                process.onExit().get(20, TimeUnit.SECONDS);
              } catch (Exception e) {
                process.destroyForcibly();
              }
            });
  }

  private static Optional<Long> readPid(Path pidFile) {
    try {
      if (!Files.isRegularFile(pidFile)) {
        return Optional.empty();
      }
      return Files.readAllLines(pidFile).stream().findFirst().map(String::strip).map(Long::valueOf);
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Deletes a directory tree; nothing when it does not exist. */
  public static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
