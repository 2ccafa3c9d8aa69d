// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation;

import java.net.URI;
import java.util.Set;

/**
 * This territory's decisions about remote actors: whom it talks to at all, who follows it, where
 * its activities go. Every inbound activity, every NETWORK read and every delivery asks here.
 */
public interface PeerPolicy {

  /**
   * Whether this node accepts anything from (or sends anything to) the actor: neither the actor nor
   * its host is blocked and, in allow-list mode, the actor (or its host) is listed.
   */
  boolean admits(URI actorId);

  /** Whether the actor is an accepted follower of this territory: it may read NETWORK objects. */
  boolean isAcceptedFollower(URI actorId);

  /**
   * Where an activity addressed to this territory's followers goes: the shared inbox of each
   * accepted follower (its own inbox when it has none), one address per inbox.
   */
  Set<URI> followerInboxes();
}
