// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation;

import java.net.URI;
import java.util.Collection;

/**
 * The transactional outbox: activities this territory sends. Call {@link #enqueue} inside the
 * transaction of the domain change that causes the activity, so that the activity is sent if and
 * only if the change commits; delivery (signed by the territory actor, retried) happens later on
 * worker threads.
 */
public interface DeliveryQueue {

  /**
   * Queues one activity for each inbox.
   *
   * @param activityId the activity's id (one of this node's addresses)
   * @param activity the activity document, serialised once (what is signed and sent)
   * @param inboxes the recipients' inboxes; duplicates are sent once
   */
  void enqueue(URI activityId, byte[] activity, Collection<URI> inboxes);
}
