// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.testsupport;

import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A Fedify server (a third-party ActivityPub implementation, npm {@code @fedify/fedify}) running
 * {@code src/test/interop/fedify-peer/peer.mjs} on loopback. Its npm packages are installed by
 * {@code npm ci} from the committed lock file the first time; it needs {@code node} and {@code npm}
 * on the PATH (.ci/run installs them when missing).
 */
public final class FedifyPeer implements AutoCloseable {

  private static final Path DIR = Path.of("src/test/interop/fedify-peer").toAbsolutePath();
  private static final Path LOG = Path.of("target/fedify-peer/peer-stderr.log").toAbsolutePath();
  private static final Path NPM_LOG = Path.of("target/fedify-peer/npm-ci.log").toAbsolutePath();

  private final Process process;
  private final Writer commands;
  private final List<JsonObject> events = new ArrayList<>();
  private final int port;

  private FedifyPeer(Process process, int port) {
    this.process = process;
    this.port = port;
    this.commands = process.outputWriter(StandardCharsets.UTF_8);
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader lines =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                  if (line.startsWith("{")) {
                    JsonObject event = HttpCalls.json(line);
                    synchronized (events) {
                      events.add(event);
                      events.notifyAll();
                    }
                  } else {
                    System.out.println("[fedify] " + line);
                  }
                }
              } catch (IOException e) {
                // the process ended
              }
            },
            "fedify-peer-output");
    reader.setDaemon(true);
    reader.start();
  }

  /** Installs the npm packages if needed and starts the peer on a free loopback port. */
  public static FedifyPeer start() {
    try {
      Files.createDirectories(LOG.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    installPackages();
    int port = freePort();
    try {
      Process process =
          new ProcessBuilder("node", "peer.mjs", Integer.toString(port))
              .directory(DIR.toFile())
              // never the test JVM's own streams: the build tool talks to its forks over them
              .redirectError(LOG.toFile())
              .start();
      FedifyPeer peer = new FedifyPeer(process, port);
      peer.await("ready", e -> true, Duration.ofSeconds(60));
      return peer;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start node (is Node.js installed?)", e);
    }
  }

  private static void installPackages() {
    if (Files.isDirectory(DIR.resolve("node_modules/@fedify/fedify"))) {
      return;
    }
    try {
      Process npm =
          new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund")
              .directory(DIR.toFile())
              .redirectErrorStream(true)
              .redirectOutput(NPM_LOG.toFile())
              .start();
      if (!npm.waitFor(10, TimeUnit.MINUTES) || npm.exitValue() != 0) {
        npm.destroyForcibly();
        throw new IllegalStateException(
            "npm ci failed in " + DIR + ":\n" + Files.readString(NPM_LOG));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot run npm (is Node.js installed?)", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The peer's actor, {@code http://127.0.0.1:<port>/users/alice}. */
  public String actor() {
    return "http://127.0.0.1:" + port + "/users/alice";
  }

  public String origin() {
    return "http://127.0.0.1:" + port;
  }

  /** Sends one command line (see peer.mjs). */
  public void command(String line) {
    try {
      commands.write(line + "\n");
      commands.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The first event of that name matching the predicate, waiting at most {@code timeout}; fails
   * with every event seen so far (and the peer's errors) when none comes.
   */
  public JsonObject await(String name, Predicate<JsonObject> matching, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (events) {
      while (true) {
        for (JsonObject event : events) {
          if (name.equals(event.getString("event", "")) && matching.test(event)) {
            return event;
          }
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new AssertionError(
              "No '" + name + "' event from the Fedify peer; saw " + events + stderr());
        }
        try {
          events.wait(TimeUnit.NANOSECONDS.toMillis(left) + 1);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new AssertionError(e);
        }
      }
    }
  }

  private static String stderr() {
    try {
      return Files.exists(LOG) ? "; its stderr:\n" + Files.readString(LOG) : "";
    } catch (IOException e) {
      return "";
    }
  }

  /** Every event seen so far. */
  public List<JsonObject> events() {
    synchronized (events) {
      return List.copyOf(events);
    }
  }

  @Override
  public void close() {
    try {
      command("quit");
    } catch (RuntimeException ignored) {
      // already gone
    }
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
