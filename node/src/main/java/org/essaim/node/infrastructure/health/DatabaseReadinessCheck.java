// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.essaim.node.infrastructure.config.NodeSettings;

/** Ready when PostgreSQL answers and the schema has been migrated. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

  private static final int QUERY_TIMEOUT_SECONDS = 3;

  @Resource(lookup = "jdbc/essaim")
  DataSource dataSource;

  @Inject NodeSettings settings;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response =
        HealthCheckResponse.named("database")
            .withData("mode", settings.usesEmbeddedDatabase() ? "embedded" : "external");
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
      try (ResultSet result =
          statement.executeQuery(
              "SELECT current_setting('server_version'),"
                  + " (SELECT version FROM flyway_schema_history"
                  + "  WHERE success AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1)")) {
        result.next();
        String schemaVersion = result.getString(2);
        return response
            .withData("serverVersion", result.getString(1))
            .withData("schemaVersion", schemaVersion == null ? "none" : schemaVersion)
            .status(schemaVersion != null)
            .build();
      }
    } catch (SQLException e) {
      // /health is public: the SQL state tells the operator enough, without host or user names.
      return response.down().withData("sqlState", String.valueOf(e.getSQLState())).build();
    }
  }
}
