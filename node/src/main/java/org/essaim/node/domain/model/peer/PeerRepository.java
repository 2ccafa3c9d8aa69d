// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.peer;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The peers, as stored. */
public interface PeerRepository {

  Optional<Peer> find(UUID id);

  Optional<Peer> findByActor(URI actorId);

  /** The peer this territory sent the Follow {@code activityId} to. */
  Optional<Peer> findByOurFollow(URI activityId);

  /** The peer that sent this territory the Follow {@code activityId}. */
  Optional<Peer> findByTheirFollow(URI activityId);

  void add(Peer peer);

  /**
   * Serialises the creation and change of one actor's row until the current transaction ends,
   * across transactions and replicas: a Follow sent by an administrator and a Follow received at
   * the same moment would otherwise both create the row. Stores without concurrency need nothing.
   */
  default void lockActor(URI actorId) {}

  /**
   * Peers by filters (each null for any), by actor id.
   *
   * @param follower their follow's state
   * @param following our follow's state
   * @param host the authority (host[:port]) of the actor
   */
  List<Peer> list(FollowState follower, FollowState following, String host, int offset, int limit);

  long count(FollowState follower, FollowState following, String host);

  /** Every peer (the list is small: one per territory of the network, at most a few hundred). */
  List<Peer> all();
}
