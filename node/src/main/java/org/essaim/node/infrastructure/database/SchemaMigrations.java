// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.database;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with the versioned SQL scripts in db/migration, before anything else
 * touches the database. JPA never generates schema.
 */
@ApplicationScoped
public class SchemaMigrations {

  private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

  @Resource(lookup = "jdbc/essaim")
  DataSource dataSource;

  public void migrate() {
    MigrateResult result =
        Flyway.configure(SchemaMigrations.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .failOnMissingLocations(true)
            .load()
            .migrate();
    LOG.info(
        () ->
            String.format(
                "Database schema at version %s (%d migration(s) applied now)",
                result.targetSchemaVersion == null
                    ? result.initialSchemaVersion
                    : result.targetSchemaVersion,
                result.migrationsExecuted));
  }
}
