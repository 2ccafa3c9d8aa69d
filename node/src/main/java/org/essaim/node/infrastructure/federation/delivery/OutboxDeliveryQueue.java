// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.Collection;
import java.util.logging.Logger;
import org.essaim.node.application.federation.DeliveryQueue;

/**
 * The transactional outbox.
 *
 * <p>Placeholder until the outbox table and its workers exist: logs and sends nothing.
 */
@ApplicationScoped
public class OutboxDeliveryQueue implements DeliveryQueue {

  private static final Logger LOG = Logger.getLogger(OutboxDeliveryQueue.class.getName());

  @Override
  public void enqueue(URI activityId, byte[] activity, Collection<URI> inboxes) {
    LOG.info(() -> "Not delivered yet (no outbox): " + activityId + " to " + inboxes.size());
  }
}
