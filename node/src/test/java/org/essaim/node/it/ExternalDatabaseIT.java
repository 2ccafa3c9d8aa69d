// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.essaim.node.testsupport.HttpCalls.json;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.essaim.node.testsupport.NodeProcess;
import org.essaim.node.testsupport.TextSearchCapabilities;
import org.junit.jupiter.api.Test;

/**
 * A node pointed at a PostgreSQL it does not run itself (here a separate server started by the
 * test, with an ordinary non-superuser role owning the database), through ESSAIM_DB_URL.
 */
class ExternalDatabaseIT {

  @Test
  void nodeUsesTheConfiguredDatabase() throws Exception {
    Path dataDir = Path.of(System.getProperty("essaim.it.work.dir"), "external-postgres");
    Files.createDirectories(dataDir);
    try (EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setDataDirectory(dataDir.resolve("cluster"))
            .setOverrideWorkingDirectory(dataDir.toFile())
            .setCleanDataDirectory(true)
            .setLocaleConfig("encoding", "UTF8")
            .setLocaleConfig("locale", "C.UTF-8")
            .start()) {
      try (Connection admin = postgres.getPostgresDatabase().getConnection();
          Statement statement = admin.createStatement()) {
        statement.execute("CREATE ROLE territoire LOGIN PASSWORD 'territoire-secret'");
        statement.execute("CREATE DATABASE grenoble OWNER territoire");
      }
      String url = "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/grenoble";

      try (NodeProcess node =
          NodeProcess.start(
              "external-db",
              Map.of(
                  "ESSAIM_DB_URL", url,
                  "ESSAIM_DB_USER", "territoire",
                  "ESSAIM_DB_PASSWORD", "territoire-secret"))) {
        HttpResponse<String> ready = node.get("/health/ready");
        assertThat(
                json(ready)
                    .getJsonArray("checks")
                    .getJsonObject(0)
                    .getJsonObject("data")
                    .getString("mode"))
            .isEqualTo("external");

        HttpResponse<String> put =
            node.sendJsonAsAdmin(
                "PUT",
                "/api/territory",
                """
                {"name":"Grenoble","country":"FR","timeZone":"Europe/Paris",
                 "labelStatus":"LABELLED",
                 "carrierOrganizations":[{"name":"Grenoble Alpes Initiative Active (GAIA)"}]}
                """);
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        // The node started no database of its own.
        assertThat(node.logsDir().getParent().getParent().getParent().resolve("data/postgres"))
            .doesNotExist();
      }

      try (Connection connection =
              DriverManager.getConnection(url, "territoire", "territoire-secret");
          Statement statement = connection.createStatement();
          ResultSet result = statement.executeQuery("SELECT name FROM territory")) {
        assertThat(result.next()).isTrue();
        assertThat(result.getString(1)).isEqualTo("Grenoble");
        TextSearchCapabilities.assertAvailable(connection);
      }
    }
  }
}
