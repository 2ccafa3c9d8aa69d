// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.startup;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.logging.Logger;
import org.essaim.node.infrastructure.config.DemoSettings;
import org.essaim.node.infrastructure.database.StartupLock;
import org.essaim.node.interfaces.demo.DemoDataLoader;

/**
 * For a demo network: when {@code essaim.demo.territory} names a dataset, loads it at start-up,
 * after {@link NodeStartup}, into a node that holds no campaign, project or organisation yet. A
 * node that already holds data is left alone (a restart does not load twice).
 */
@ApplicationScoped
public class DemoStartup {

  private static final Logger LOG = Logger.getLogger(DemoStartup.class.getName());

  @Inject DemoSettings settings;
  @Inject DemoDataLoader loader;
  @Inject StartupLock startupLock;

  private volatile boolean done;

  void onStartup(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) Startup event) {
    // One replica at a time: replicas started together would each find the node empty.
    settings
        .territory()
        .ifPresent(territory -> startupLock.exclusively(() -> loadIntoEmptyNode(territory)));
    done = true;
  }

  private void loadIntoEmptyNode(String territory) {
    var held = loader.emptiness();
    if (held.isPresent()) {
      LOG.info(
          () ->
              "Demo dataset '"
                  + territory
                  + "' not loaded at start-up: the node already holds "
                  + held.get());
    } else {
      loader.load(territory);
    }
  }

  /** Whether the start-up load is over (or there was none to do). */
  public boolean isDone() {
    return done;
  }
}
