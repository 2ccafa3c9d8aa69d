// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.peer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.essaim.node.domain.shared.IllegalTransitionException;
import org.junit.jupiter.api.Test;

class PeerTest {

  static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");
  static final URI FOLLOW = URI.create("https://b.example/activities/1");

  static Peer peer() {
    Peer peer = new Peer(UUID.randomUUID(), URI.create("https://b.example:8443/actors/t"), T0);
    peer.describe(
        URI.create("https://b.example:8443/actors/t/inbox"), null, "b", "Territoire B", T0);
    return peer;
  }

  @Test
  void startsWithNoFollowEitherWayAndKnowsItsOrigin() {
    Peer peer = peer();
    assertThat(peer.followerState()).isEqualTo(FollowState.NONE);
    assertThat(peer.followingState()).isEqualTo(FollowState.NONE);
    assertThat(peer.origin()).isEqualTo("https://b.example:8443");
    assertThat(peer.authority()).isEqualTo("b.example:8443");
    assertThat(peer.deliveryInbox()).isEqualTo(peer.inbox());
  }

  @Test
  void theirFollowGoesPendingThenAcceptedThenNoneOnUndo() {
    Peer peer = peer();
    peer.followRequested(FOLLOW, T0);
    assertThat(peer.followerState()).isEqualTo(FollowState.PENDING);
    assertThat(peer.followerActivity()).contains(FOLLOW);
    peer.acceptFollower(T0.plusSeconds(5));
    assertThat(peer.followerState()).isEqualTo(FollowState.ACCEPTED);
    assertThat(peer.followerChangedAt()).contains(T0.plusSeconds(5));
    peer.followRequested(URI.create("https://b.example/activities/2"), T0.plusSeconds(9));
    assertThat(peer.followerState()).isEqualTo(FollowState.ACCEPTED);
    peer.followerUndone(T0.plusSeconds(10));
    assertThat(peer.followerState()).isEqualTo(FollowState.NONE);
  }

  @Test
  void aFollowerCannotBeAcceptedOrRejectedWithoutAFollow() {
    Peer peer = peer();
    assertThatThrownBy(() -> peer.acceptFollower(T0))
        .isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> peer.rejectFollower(T0))
        .isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void ourFollowGoesPendingAcceptedRejectedAndCanBeSentAgain() {
    Peer peer = peer();
    peer.followSent(FOLLOW, T0);
    assertThat(peer.followingState()).isEqualTo(FollowState.PENDING);
    assertThatThrownBy(() -> peer.followSent(FOLLOW, T0))
        .isInstanceOf(IllegalTransitionException.class);
    peer.followAccepted(T0);
    assertThat(peer.followingState()).isEqualTo(FollowState.ACCEPTED);
    peer.followRejected(T0);
    assertThat(peer.followingState()).isEqualTo(FollowState.REJECTED);
    URI again = URI.create("https://a.example/activities/2");
    peer.followSent(again, T0);
    assertThat(peer.followingState()).isEqualTo(FollowState.PENDING);
    assertThat(peer.followingActivity()).contains(again);
    peer.unfollow(T0);
    assertThat(peer.followingState()).isEqualTo(FollowState.NONE);
    assertThatThrownBy(() -> peer.unfollow(T0)).isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void theSharedInboxIsWhereFollowerDeliveriesGo() {
    Peer peer = peer();
    peer.describe(
        URI.create("https://b.example/actors/t/inbox"),
        URI.create("https://b.example/inbox"),
        null,
        null,
        T0);
    assertThat(peer.deliveryInbox()).isEqualTo(URI.create("https://b.example/inbox"));
  }
}
