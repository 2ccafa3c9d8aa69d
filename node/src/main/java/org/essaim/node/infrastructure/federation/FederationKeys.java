// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * The node's actor keys, read (or generated, at the first start) from {@link
 * FederationSettings#keysDir()} when the application starts: a node whose keys are unreadable does
 * not start.
 */
@ApplicationScoped
public class FederationKeys {

  private static final Logger LOG = Logger.getLogger(FederationKeys.class.getName());

  @Inject FederationSettings settings;

  private volatile ActorKeys keys;

  void onStartup(@Observes Startup event) {
    keys();
  }

  /** The key pairs; their private halves are for signing on this node only. */
  public ActorKeys keys() {
    ActorKeys k = keys;
    if (k == null) {
      synchronized (this) {
        if (keys == null) {
          ActorKeyFiles files = new ActorKeyFiles(settings.keysDir());
          keys = files.loadOrGenerate();
          LOG.info(() -> "Actor keys ready (" + files.directory() + ")");
        }
        k = keys;
      }
    }
    return k;
  }
}
