// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import org.essaim.node.application.AccountService;
import org.essaim.node.application.NodeMode;
import org.essaim.node.application.TerritoryProfileService;
import org.essaim.node.domain.model.territory.TerritoryProfile;
import org.essaim.node.infrastructure.config.NodeSettings;
import org.essaim.node.infrastructure.database.EmbeddedDatabaseServer;
import org.essaim.node.infrastructure.database.SchemaMigrations;
import org.essaim.node.infrastructure.database.StartupLock;

/**
 * Starts the node in order: the database (the embedded server, when no external one is configured),
 * the schema migrations, then the first administrator and the territory profile of a fresh node. A
 * failure stops the application from starting; /health/started stays DOWN.
 */
@ApplicationScoped
public class NodeStartup {

  private static final Logger LOG = Logger.getLogger(NodeStartup.class.getName());

  @Inject NodeSettings settings;
  @Inject EmbeddedDatabaseServer embeddedDatabase;
  @Inject SchemaMigrations migrations;
  @Inject AccountService accounts;
  @Inject TerritoryProfileService territory;
  @Inject StartupLock startupLock;

  private volatile boolean started;

  void onStartup(@Observes Startup event) {
    long begin = System.nanoTime();
    // An unknown mode (or a national actor that is no address, or an open data licence that is no
    // identifier) stops the start before anything is written.
    NodeMode mode = settings.nodeMode();
    settings.nationalActor();
    settings.openDataLicense();
    if (settings.usesEmbeddedDatabase()) {
      embeddedDatabase.start(
          settings.dataDir(),
          settings.embeddedDatabasePort(),
          settings.databaseUser(),
          settings.databasePassword());
    } else {
      LOG.info("Using the external PostgreSQL database configured in essaim.db.url");
    }
    // Flyway serialises replicas migrating together itself (a PostgreSQL advisory lock).
    migrations.migrate();
    AtomicReference<String> generated = new AtomicReference<>();
    // Check-then-insert steps: one replica at a time, so that replicas started together on a
    // fresh database create one administrator and one profile, not one each.
    startupLock.exclusively(
        () -> {
          accounts
              .ensureBootstrapAdmin(settings.adminUsername(), settings.adminPassword())
              .ifPresent(generated::set);
          territory.ensureExists(
              TerritoryProfile.initial(
                  settings.territoryName(),
                  settings.territoryCountry(),
                  settings.territoryTimeZone()));
        });
    // Only once committed: a password printed for a rolled-back account would be no use.
    Optional.ofNullable(generated.get()).ifPresent(this::announceGeneratedPassword);
    started = true;
    LOG.info(
        () ->
            String.format(
                "Essaim %s node ready at %s (started in %d ms)",
                mode.name().toLowerCase(java.util.Locale.ROOT),
                settings.baseUrl(),
                (System.nanoTime() - begin) / 1_000_000));
  }

  /** Whether every start-up step completed. */
  public boolean isStarted() {
    return started;
  }

  // Printed once, at the first start: the operator needs it to sign in the first time.
  private void announceGeneratedPassword(String password) {
    LOG.warning(
        String.format(
            "%n==========================================================================%n"
                + " First start: administrator account '%s' created.%n"
                + " Its generated password, shown only this once: %s%n"
                + " (set essaim.admin.password to choose it instead)%n"
                + "==========================================================================",
            settings.adminUsername(), password));
  }
}
