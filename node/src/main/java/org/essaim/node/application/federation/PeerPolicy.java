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

  /**
   * Whether this territory follows the actor and the actor accepted: its objects are copied here.
   */
  boolean follows(URI actorId);

  /**
   * Whether a signed fetch by {@code requester} may read this territory's NETWORK objects: the
   * requester is admitted and shares its origin (scheme, host, port) with an accepted follower, so
   * that a peer's instance actor, which signs its fetches, reads what its territory actor may.
   */
  boolean mayReadNetwork(URI requester);

  /**
   * Where an activity addressed to this territory's followers goes: the shared inbox of each
   * accepted follower (its own inbox when it has none), one address per inbox.
   */
  Set<URI> followerInboxes();
}
