// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.database;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stale {@code postmaster.pid} may name a pid the system has given to another process since: only
 * a PostgreSQL started on this very cluster directory is stopped at start-up.
 */
class EmbeddedDatabaseLeftoverTest {

  @TempDir Path temp;

  @Test
  void onlyAPostgresRunningOnThisClusterIsOurs() throws Exception {
    // A program named postgres (a copy of the shell) started with -D <cluster>, as the real one.
    Path postgres = temp.resolve("bin").resolve("postgres");
    Files.createDirectories(postgres.getParent());
    Files.copy(Path.of("/bin/sh"), postgres);
    assertTrue(postgres.toFile().setExecutable(true));
    Path cluster = temp.resolve("data").resolve("postgres");
    Path otherCluster = temp.resolve("other").resolve("postgres");
    Process process =
        new ProcessBuilder(postgres.toString(), "-c", "sleep 30; true", "-D", cluster.toString())
            .start();
    try {
      ProcessHandle handle = process.toHandle();
      assertTrue(EmbeddedDatabaseServer.isPostmasterOf(handle, cluster));
      assertTrue(
          EmbeddedDatabaseServer.isPostmasterOf(
              handle, temp.resolve("data").resolve("..").resolve("data").resolve("postgres")));
      // Another node's PostgreSQL that took the number.
      assertFalse(EmbeddedDatabaseServer.isPostmasterOf(handle, otherCluster));
      // Not a PostgreSQL at all.
      assertFalse(EmbeddedDatabaseServer.isPostmasterOf(ProcessHandle.current(), cluster));
    } finally {
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    }
  }
}
