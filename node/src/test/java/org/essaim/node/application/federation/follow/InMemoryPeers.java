// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.follow;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.essaim.node.domain.model.peer.FollowState;
import org.essaim.node.domain.model.peer.Peer;
import org.essaim.node.domain.model.peer.PeerRepository;

/** Peers in a list, for unit tests. */
final class InMemoryPeers implements PeerRepository {

  final List<Peer> peers = new ArrayList<>();
  final List<URI> locked = new ArrayList<>();

  @Override
  public void lockActor(URI actorId) {
    locked.add(actorId);
  }

  @Override
  public Optional<Peer> find(UUID id) {
    return peers.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  @Override
  public Optional<Peer> findByActor(URI actorId) {
    return peers.stream().filter(p -> p.actorId().equals(actorId)).findFirst();
  }

  @Override
  public Optional<Peer> findByOurFollow(URI activityId) {
    return peers.stream()
        .filter(p -> p.followingActivity().filter(activityId::equals).isPresent())
        .findFirst();
  }

  @Override
  public Optional<Peer> findByTheirFollow(URI activityId) {
    return peers.stream()
        .filter(p -> p.followerActivity().filter(activityId::equals).isPresent())
        .findFirst();
  }

  @Override
  public void add(Peer peer) {
    peers.add(peer);
  }

  private Stream<Peer> filtered(FollowState follower, FollowState following, String host) {
    return peers.stream()
        .filter(p -> follower == null || p.followerState() == follower)
        .filter(p -> following == null || p.followingState() == following)
        .filter(p -> host == null || p.authority().equals(host))
        .sorted(Comparator.comparing(p -> p.actorId().toString()));
  }

  @Override
  public List<Peer> list(
      FollowState follower, FollowState following, String host, int offset, int limit) {
    return filtered(follower, following, host).skip(offset).limit(limit).toList();
  }

  @Override
  public long count(FollowState follower, FollowState following, String host) {
    return filtered(follower, following, host).count();
  }

  @Override
  public List<Peer> all() {
    return filtered(null, null, null).toList();
  }
}
