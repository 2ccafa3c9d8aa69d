// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.essaim.node.application.federation.DeliveryQueue;

/**
 * The transactional outbox: {@link #enqueue} writes the activity and its deliveries in the caller's
 * JTA transaction (one is started if there is none), so they exist if and only if the change that
 * caused them commits; after the commit the workers ({@link DeliveryWorkers}) are woken.
 */
@ApplicationScoped
public class OutboxDeliveryQueue implements DeliveryQueue {

  @Inject OutboxStore store;
  @Inject Clock clock;
  @Inject Event<OutboxEnqueued> enqueued;

  @Override
  @Transactional
  public void enqueue(URI activityId, byte[] activity, Collection<URI> inboxes) {
    Objects.requireNonNull(activityId, "activityId");
    Objects.requireNonNull(activity, "activity");
    Set<URI> distinct = new LinkedHashSet<>();
    for (URI inbox : inboxes) {
      distinct.add(inbox.normalize());
    }
    if (distinct.isEmpty()) {
      return;
    }
    store.insert(activityId, activity, distinct, clock.instant());
    enqueued.fire(new OutboxEnqueued(distinct.size()));
  }
}
