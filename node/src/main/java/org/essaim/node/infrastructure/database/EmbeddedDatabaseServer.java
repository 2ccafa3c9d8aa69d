// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A real PostgreSQL server (the official binaries, packaged on Maven Central) that the node runs
 * itself when no external database is configured. Its files live under the node's data directory,
 * so a restart finds the same data.
 *
 * <p>PostgreSQL runs as a separate process: if the JVM dies without stopping it, the next start
 * finds it still running and stops it before starting afresh.
 */
@ApplicationScoped
public class EmbeddedDatabaseServer {

  private static final Logger LOG = Logger.getLogger(EmbeddedDatabaseServer.class.getName());
  static final String DATABASE = "essaim";

  private EmbeddedPostgres postgres;

  /**
   * Starts the server on 127.0.0.1:{@code port} with its cluster in {@code dataDir}/postgres, and
   * makes sure the {@code essaim} database and its owner exist.
   */
  public synchronized void start(Path dataDir, int port, String user, String password) {
    if (postgres != null) {
      return;
    }
    Path clusterDir = dataDir.resolve("postgres");
    Path runtimeDir = dataDir.resolve("postgres-runtime");
    try {
      Files.createDirectories(dataDir);
      Files.createDirectories(runtimeDir);
      stopLeftoverServer(clusterDir);
      long started = System.nanoTime();
      postgres =
          EmbeddedPostgres.builder()
              .setPort(port)
              .setDataDirectory(clusterDir)
              .setCleanDataDirectory(false)
              .setOverrideWorkingDirectory(runtimeDir.toFile())
              .setServerConfig("listen_addresses", "127.0.0.1")
              // UTF-8 whatever the host's locale: French text, accents and case folding.
              .setLocaleConfig("encoding", "UTF8")
              .setLocaleConfig("locale", "C.UTF-8")
              .setPGStartupWait(Duration.ofSeconds(60))
              .start();
      createOwnerAndDatabase(postgres.getPostgresDatabase(), user, password);
      LOG.info(
          () ->
              String.format(
                  "Embedded PostgreSQL started on 127.0.0.1:%d in %d ms, data in %s",
                  port, (System.nanoTime() - started) / 1_000_000, clusterDir));
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the embedded PostgreSQL server", e);
    } catch (SQLException e) {
      throw new IllegalStateException("could not prepare the embedded database", e);
    }
  }

  public synchronized boolean isRunning() {
    return postgres != null;
  }

  @PreDestroy
  public synchronized void stop() {
    if (postgres == null) {
      return;
    }
    try {
      postgres.close();
      LOG.info("Embedded PostgreSQL stopped");
    } catch (IOException e) {
      LOG.warning("Embedded PostgreSQL did not stop cleanly: " + e.getMessage());
    } finally {
      postgres = null;
    }
  }

  private static void createOwnerAndDatabase(DataSource admin, String user, String password)
      throws SQLException {
    try (Connection connection = admin.getConnection()) {
      if (!exists(connection, "SELECT 1 FROM pg_roles WHERE rolname = ?", user)) {
        try (Statement statement = connection.createStatement()) {
          statement.execute(
              "CREATE ROLE " + quoteIdentifier(user) + " LOGIN PASSWORD " + quoteLiteral(password));
        }
      }
      if (!exists(connection, "SELECT 1 FROM pg_database WHERE datname = ?", DATABASE)) {
        try (Statement statement = connection.createStatement()) {
          statement.execute(
              "CREATE DATABASE "
                  + DATABASE
                  + " OWNER "
                  + quoteIdentifier(user)
                  + " ENCODING 'UTF8' TEMPLATE template0");
        }
      }
    }
  }

  private static boolean exists(Connection connection, String query, String value)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(query)) {
      statement.setString(1, value);
      try (ResultSet result = statement.executeQuery()) {
        return result.next();
      }
    }
  }

  static String quoteIdentifier(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  static String quoteLiteral(String literal) {
    return '\'' + literal.replace("'", "''") + '\'';
  }

  /** A server left behind by a JVM that was killed holds the port and the cluster: stop it. */
  private static void stopLeftoverServer(Path clusterDir) {
    Path pidFile = clusterDir.resolve("postmaster.pid");
    if (!Files.isRegularFile(pidFile)) {
      return;
    }
    Optional<ProcessHandle> leftover = readPid(pidFile).flatMap(ProcessHandle::of);
    leftover
        .filter(ProcessHandle::isAlive)
        .filter(p -> isPostmasterOf(p, clusterDir))
        .ifPresent(
            process -> {
              LOG.warning(
                  "Stopping a PostgreSQL server left running by an earlier run (pid "
                      + process.pid()
                      + ")");
              process.destroy();
              try {
                process.onExit().get(30, TimeUnit.SECONDS);
              } catch (Exception e) {
                process.destroyForcibly();
              }
            });
  }

  /**
   * Whether this process is the postmaster of this cluster: a PostgreSQL whose command line names
   * the cluster's directory. A stale pid file can name a number the system gave since to another
   * process, another node's PostgreSQL or the machine's own among them (pid numbers wrap at 32,768
   * on many systems): that one is left alone.
   */
  public static boolean isPostmasterOf(ProcessHandle process, Path clusterDir) {
    ProcessHandle.Info info = process.info();
    boolean postgres = info.command().map(c -> c.endsWith("postgres")).orElse(false);
    String directory = clusterDir.toAbsolutePath().normalize().toString();
    boolean ours =
        info.arguments()
            .map(
                arguments -> {
                  for (int i = 0; i + 1 < arguments.length; i++) {
                    if (arguments[i].equals("-D")
                        && Path.of(arguments[i + 1])
                            .toAbsolutePath()
                            .normalize()
                            .toString()
                            .equals(directory)) {
                      return true;
                    }
                  }
                  return false;
                })
            .orElse(false);
    return postgres && ours;
  }

  private static Optional<Long> readPid(Path pidFile) {
    try {
      return Files.readAllLines(pidFile).stream().findFirst().map(String::strip).map(Long::valueOf);
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
