// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.remote;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.logging.Logger;
import org.essaim.node.application.federation.Backfill;

/**
 * Walks a followed peer's outbox into remote copies.
 *
 * <p>Placeholder until remote copies are stored: logs only.
 */
@ApplicationScoped
public class OutboxBackfill implements Backfill {

  private static final Logger LOG = Logger.getLogger(OutboxBackfill.class.getName());

  @Override
  public void startFor(URI followedActor) {
    LOG.info(() -> "Backfill not implemented yet: " + followedActor);
  }
}
