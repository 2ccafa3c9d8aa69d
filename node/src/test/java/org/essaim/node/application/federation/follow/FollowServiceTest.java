// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.follow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.essaim.node.application.federation.follow.FollowFixture.B;
import static org.essaim.node.application.federation.follow.FollowFixture.B_INBOX;
import static org.essaim.node.application.federation.follow.FollowFixture.C;
import static org.essaim.node.application.federation.follow.FollowFixture.US;
import static org.essaim.node.application.federation.follow.FollowFixture.follow;
import static org.essaim.node.application.federation.follow.FollowFixture.inbound;

import jakarta.json.JsonObject;
import java.net.URI;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.essaim.node.application.federation.HandlingOutcome;
import org.essaim.node.domain.model.peer.FollowApproval;
import org.essaim.node.domain.model.peer.FollowState;
import org.essaim.node.domain.model.peer.NetworkMode;
import org.essaim.node.domain.model.peer.Peer;
import org.essaim.node.domain.model.peer.PeerMatch;
import org.essaim.node.domain.shared.IllegalTransitionException;
import org.junit.jupiter.api.Test;

class FollowServiceTest {

  final FollowFixture f = new FollowFixture();
  final FollowActivityHandler handler = new FollowActivityHandler();

  FollowServiceTest() {
    handler.follows = f.service;
  }

  static final String THEIR_FOLLOW = "https://b.example/activities/f1";

  HandlingOutcome receiveFollow() {
    return handler.handle(inbound(B, follow(THEIR_FOLLOW, B, US)));
  }

  Peer peerB() {
    return f.peers.findByActor(B).orElseThrow();
  }

  void automatic() {
    f.policies.policy.change(FollowApproval.AUTOMATIC, NetworkMode.OPEN, "t", FollowFixture.NOW);
  }

  // --- Follow ---

  @Test
  void handlesTheFourFollowActivityTypes() {
    assertThat(handler.types()).containsExactlyInAnyOrder("Follow", "Accept", "Reject", "Undo");
  }

  @Test
  void aFollowIsPendingUnderManualApprovalAndNothingIsSent() {
    HandlingOutcome outcome = receiveFollow();
    assertThat(outcome.status()).isEqualTo(HandlingOutcome.Status.PROCESSED);
    Peer peer = peerB();
    assertThat(peer.followerState()).isEqualTo(FollowState.PENDING);
    assertThat(peer.followerActivity()).contains(URI.create(THEIR_FOLLOW));
    assertThat(peer.inbox()).isEqualTo(B_INBOX);
    assertThat(peer.sharedInbox()).contains(FollowFixture.B_SHARED);
    assertThat(peer.name()).contains("Territoire B");
    assertThat(f.delivery.sent).isEmpty();
  }

  @Test
  void aFollowIsAcceptedAtOnceUnderAutomaticApproval() {
    automatic();
    receiveFollow();
    assertThat(peerB().followerState()).isEqualTo(FollowState.ACCEPTED);
    RecordingDeliveryQueue.Sent accept = f.delivery.last();
    assertThat(accept.type()).isEqualTo("Accept");
    assertThat(accept.inboxes()).containsExactly(B_INBOX);
    assertThat(accept.id().toString()).startsWith("https://a.example/activities/");
    assertThat(accept.activity().getString("actor")).isEqualTo(US.toString());
    JsonObject embedded = accept.activity().getJsonObject("object");
    assertThat(embedded.getString("id")).isEqualTo(THEIR_FOLLOW);
    assertThat(embedded.getString("type")).isEqualTo("Follow");
    assertThat(embedded.getString("actor")).isEqualTo(B.toString());
    assertThat(embedded.getString("object")).isEqualTo(US.toString());
  }

  @Test
  void aRepeatedFollowOfAnAcceptedFollowerIsAcceptedAgain() {
    automatic();
    receiveFollow();
    f.policies.policy.change(FollowApproval.MANUAL, NetworkMode.OPEN, "t", FollowFixture.NOW);
    HandlingOutcome again =
        handler.handle(inbound(B, follow("https://b.example/activities/f2", B, US)));
    assertThat(again.reason()).contains("again");
    assertThat(peerB().followerState()).isEqualTo(FollowState.ACCEPTED);
    assertThat(f.delivery.sent).hasSize(2);
    assertThat(f.delivery.last().activity().getJsonObject("object").getString("id"))
        .isEqualTo("https://b.example/activities/f2");
  }

  @Test
  void aFollowOfAnythingButTheTerritoryActorIsRejected() {
    HandlingOutcome outcome =
        handler.handle(
            inbound(B, follow(THEIR_FOLLOW, B, URI.create("https://a.example/actors/instance"))));
    assertThat(outcome.status()).isEqualTo(HandlingOutcome.Status.REJECTED);
    assertThat(f.peers.peers).isEmpty();
    assertThat(f.delivery.sent).isEmpty();
  }

  @Test
  void aFollowSignedByAnotherActorIsRejected() {
    HandlingOutcome outcome = handler.handle(inbound(C, follow(THEIR_FOLLOW, B, US)));
    assertThat(outcome.status()).isEqualTo(HandlingOutcome.Status.REJECTED);
    assertThat(f.peers.peers).isEmpty();
  }

  @Test
  void aBlockedActorsFollowGetsARejectAndIsNotStored() {
    f.policies.addBlock(
        new org.essaim.node.domain.model.peer.PeerBlock(
            java.util.UUID.randomUUID(),
            PeerMatch.host("h", "b.example"),
            null,
            "t",
            FollowFixture.NOW));
    automatic();
    HandlingOutcome outcome = receiveFollow();
    assertThat(outcome.status()).isEqualTo(HandlingOutcome.Status.REJECTED);
    assertThat(outcome.reason()).contains("blocked");
    assertThat(f.peers.peers).isEmpty();
    assertThat(f.delivery.last().type()).isEqualTo("Reject");
    assertThat(f.delivery.last().inboxes()).containsExactly(B_INBOX);
  }

  @Test
  void anUnlistedActorsFollowIsRejectedInAClosedNetwork() {
    f.policies.policy.change(
        FollowApproval.AUTOMATIC, NetworkMode.ALLOW_LIST, "t", FollowFixture.NOW);
    assertThat(receiveFollow().status()).isEqualTo(HandlingOutcome.Status.REJECTED);
    assertThat(f.delivery.last().type()).isEqualTo("Reject");
    f.policies.replaceAllowList(
        List.of(
            new org.essaim.node.domain.model.peer.AllowEntry(
                java.util.UUID.randomUUID(),
                PeerMatch.actor("a", B.toString()),
                FollowFixture.NOW)));
    assertThat(receiveFollow().status()).isEqualTo(HandlingOutcome.Status.PROCESSED);
    assertThat(peerB().followerState()).isEqualTo(FollowState.ACCEPTED);
  }

  // --- Accept / Reject of our Follow ---

  Peer followB() {
    Peer peer = f.service.follow(f.remote.get(B));
    return peer;
  }

  String ourFollowId() {
    return peerB().followingActivity().orElseThrow().toString();
  }

  @Test
  void ourFollowIsSentAndPending() {
    Peer peer = followB();
    assertThat(peer.followingState()).isEqualTo(FollowState.PENDING);
    RecordingDeliveryQueue.Sent sent = f.delivery.last();
    assertThat(sent.type()).isEqualTo("Follow");
    assertThat(sent.activity().getString("object")).isEqualTo(B.toString());
    assertThat(sent.activity().getString("actor")).isEqualTo(US.toString());
    assertThat(sent.inboxes()).containsExactly(B_INBOX);
    assertThat(sent.id().toString()).isEqualTo(ourFollowId());
    assertThatThrownBy(() -> f.service.follow(f.remote.get(B)))
        .isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void aBlockedOrUnlistedActorCannotBeFollowed() {
    f.policies.policy.change(FollowApproval.MANUAL, NetworkMode.ALLOW_LIST, "t", FollowFixture.NOW);
    assertThatThrownBy(this::followB)
        .isInstanceOf(org.essaim.node.application.ConflictException.class)
        .hasMessageContaining("allow-list");
    assertThat(f.delivery.sent).isEmpty();
  }

  @Test
  void anAcceptReferencingOurFollowStartsTheBackfillOnce() {
    followB();
    String accept =
        """
        {"@context":"https://www.w3.org/ns/activitystreams","id":"https://b.example/a/1",
         "type":"Accept","actor":"%s","object":"%s"}"""
            .formatted(B, ourFollowId());
    assertThat(handler.handle(inbound(B, accept)).status())
        .isEqualTo(HandlingOutcome.Status.PROCESSED);
    assertThat(peerB().followingState()).isEqualTo(FollowState.ACCEPTED);
    assertThat(f.backfilled).containsExactly(B);
    handler.handle(inbound(B, accept));
    assertThat(f.backfilled).containsExactly(B);
    assertThat(f.directory.follows(B)).isTrue();
  }

  @Test
  void aMastodonAcceptEmbeddingOurFollowIsUnderstood() {
    followB();
    String accept =
        """
        {"@context":"https://www.w3.org/ns/activitystreams",
         "id":"https://b.example/users/b#accepts/follows/42","type":"Accept","actor":"%s",
         "object":{"id":"%s","type":"Follow","actor":"%s","object":"%s"}}"""
            .formatted(B, ourFollowId(), US, B);
    handler.handle(inbound(B, accept));
    assertThat(peerB().followingState()).isEqualTo(FollowState.ACCEPTED);
  }

  @Test
  void anAcceptEmbeddingAFollowWithoutOurIdIsMatchedByActorAndObject() {
    followB();
    String accept =
        """
        {"@context":"https://www.w3.org/ns/activitystreams","id":"https://b.example/a/2",
         "type":"Accept","actor":"%s","object":{"type":"Follow","actor":"%s","object":"%s"}}"""
            .formatted(B, US, B);
    handler.handle(inbound(B, accept));
    assertThat(peerB().followingState()).isEqualTo(FollowState.ACCEPTED);
  }

  @Test
  void anAcceptFromAnotherActorIsIgnored() {
    followB();
    String accept =
        """
        {"@context":"https://www.w3.org/ns/activitystreams","id":"https://c.example/a/1",
         "type":"Accept","actor":"%s","object":"%s"}"""
            .formatted(C, ourFollowId());
    assertThat(handler.handle(inbound(C, accept)).status())
        .isEqualTo(HandlingOutcome.Status.IGNORED);
    assertThat(peerB().followingState()).isEqualTo(FollowState.PENDING);
    assertThat(f.backfilled).isEmpty();
  }

  @Test
  void aRejectOfOurFollowMakesItRejected() {
    followB();
    String reject =
        """
        {"@context":"https://www.w3.org/ns/activitystreams","id":"https://b.example/r/1",
         "type":"Reject","actor":"%s","object":"%s"}"""
            .formatted(B, ourFollowId());
    assertThat(handler.handle(inbound(B, reject)).status())
        .isEqualTo(HandlingOutcome.Status.PROCESSED);
    assertThat(peerB().followingState()).isEqualTo(FollowState.REJECTED);
    assertThat(f.directory.follows(B)).isFalse();
  }

  @Test
  void anAcceptOfAFollowWeNeverSentIsIgnored() {
    String accept =
        """
        {"@context":"https://www.w3.org/ns/activitystreams","id":"https://b.example/a/3",
         "type":"Accept","actor":"%s","object":"https://a.example/activities/unknown"}"""
            .formatted(B);
    assertThat(handler.handle(inbound(B, accept)).status())
        .isEqualTo(HandlingOutcome.Status.IGNORED);
  }

  // --- Undo ---

  @Test
  void anUndoOfTheirFollowEndsIt() {
    automatic();
    receiveFollow();
    String undo =
        """
        {"@context":"https://www.w3.org/ns/activitystreams","id":"https://b.example/u/1",
         "type":"Undo","actor":"%s",
         "object":{"id":"%s","type":"Follow","actor":"%s","object":"%s"}}"""
            .formatted(B, THEIR_FOLLOW, B, US);
    assertThat(handler.handle(inbound(B, undo)).status())
        .isEqualTo(HandlingOutcome.Status.PROCESSED);
    assertThat(peerB().followerState()).isEqualTo(FollowState.NONE);
    assertThat(f.directory.followerInboxes()).isEmpty();
  }

  @Test
  void anUndoReferencingTheirFollowByIdEndsIt() {
    automatic();
    receiveFollow();
    String undo =
        """
        {"@context":"https://www.w3.org/ns/activitystreams","id":"https://b.example/u/2",
         "type":"Undo","actor":"%s","object":"%s"}"""
            .formatted(B, THEIR_FOLLOW);
    handler.handle(inbound(B, undo));
    assertThat(peerB().followerState()).isEqualTo(FollowState.NONE);
  }

  @Test
  void otherUndosAreIgnored() {
    automatic();
    receiveFollow();
    String undoLike =
        """
        {"@context":"https://www.w3.org/ns/activitystreams","id":"https://b.example/u/3",
         "type":"Undo","actor":"%s",
         "object":{"id":"https://b.example/l/1","type":"Like","actor":"%s",
                   "object":"https://a.example/projects/1"}}"""
            .formatted(B, B);
    assertThat(handler.handle(inbound(B, undoLike)).status())
        .isEqualTo(HandlingOutcome.Status.IGNORED);
    String undoOthers =
        """
        {"@context":"https://www.w3.org/ns/activitystreams","id":"https://b.example/u/4",
         "type":"Undo","actor":"%s",
         "object":{"type":"Follow","actor":"%s","object":"%s"}}"""
            .formatted(B, C, US);
    assertThat(handler.handle(inbound(B, undoOthers)).status())
        .isEqualTo(HandlingOutcome.Status.IGNORED);
    assertThat(peerB().followerState()).isEqualTo(FollowState.ACCEPTED);
  }

  // --- administrators ---

  @Test
  void theActorsRowIsLockedBeforeItIsLookedUpOrCreatedBothWays() {
    // A Follow sent by an administrator and one received at the same moment would both insert it.
    receiveFollow();
    assertThat(f.peers.locked).containsExactly(B);
    followB();
    assertThat(f.peers.locked).containsExactly(B, B);
  }

  @Test
  void unfollowingSendsAnUndoEmbeddingOurFollow() {
    followB();
    String followId = ourFollowId();
    Peer peer = f.service.unfollow(peerB().id());
    assertThat(peer.followingState()).isEqualTo(FollowState.NONE);
    RecordingDeliveryQueue.Sent undo = f.delivery.last();
    assertThat(undo.type()).isEqualTo("Undo");
    assertThat(undo.activity().getJsonObject("object").getString("id")).isEqualTo(followId);
    assertThat(undo.activity().getJsonObject("object").getString("object")).isEqualTo(B.toString());
    assertThatThrownBy(() -> f.service.unfollow(peerB().id()))
        .isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void aPendingRequestIsAcceptedOrRejectedOnce() {
    receiveFollow();
    f.service.acceptFollower(peerB().id());
    assertThat(peerB().followerState()).isEqualTo(FollowState.ACCEPTED);
    assertThat(f.delivery.last().type()).isEqualTo("Accept");
    assertThatThrownBy(() -> f.service.acceptFollower(peerB().id()))
        .isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> f.service.rejectFollower(peerB().id()))
        .isInstanceOf(IllegalTransitionException.class);
    f.service.removeFollower(peerB().id());
    assertThat(peerB().followerState()).isEqualTo(FollowState.REJECTED);
    assertThat(f.delivery.last().type()).isEqualTo("Reject");
    assertThatThrownBy(() -> f.service.removeFollower(peerB().id()))
        .isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void rejectingARequestSendsAReject() {
    receiveFollow();
    f.service.rejectFollower(peerB().id());
    assertThat(peerB().followerState()).isEqualTo(FollowState.REJECTED);
    assertThat(f.delivery.last().type()).isEqualTo("Reject");
    assertThat(f.delivery.last().activity().getJsonObject("object").getString("id"))
        .isEqualTo(THEIR_FOLLOW);
  }

  @Test
  void unknownPeersAreNotFound() {
    assertThatThrownBy(() -> f.service.peer(java.util.UUID.randomUUID()))
        .isInstanceOf(org.essaim.node.application.NotFoundException.class);
  }

  // --- policy ---

  @Test
  void blockingAHostEndsItsFollowsBothWays() {
    automatic();
    receiveFollow();
    followB();
    int before = f.delivery.sent.size();
    f.policyService.block(PeerMatch.host("h", "b.example"), "spam", "admin");
    assertThat(peerB().followerState()).isEqualTo(FollowState.REJECTED);
    assertThat(peerB().followingState()).isEqualTo(FollowState.NONE);
    assertThat(f.delivery.sent.subList(before, f.delivery.sent.size()))
        .extracting(RecordingDeliveryQueue.Sent::type)
        .containsExactly("Reject", "Undo");
    assertThat(f.directory.admits(B)).isFalse();
    assertThatThrownBy(() -> f.policyService.block(PeerMatch.host("h", "b.example"), null, "admin"))
        .isInstanceOf(org.essaim.node.application.ConflictException.class);
    f.policyService.unblock(f.policies.blocks.get(0).id());
    assertThat(f.directory.admits(B)).isTrue();
  }

  @Test
  void switchingToAutomaticApprovalAcceptsPendingRequests() {
    receiveFollow();
    PolicyView view =
        f.policyService.change(
            FollowApproval.AUTOMATIC, NetworkMode.OPEN, List.of(), OptionalLong.of(0), "admin");
    assertThat(view.followApproval()).isEqualTo(FollowApproval.AUTOMATIC);
    assertThat(peerB().followerState()).isEqualTo(FollowState.ACCEPTED);
    assertThat(f.delivery.last().type()).isEqualTo("Accept");
  }

  @Test
  void aStalePolicyVersionIsRefused() {
    assertThatThrownBy(
            () ->
                f.policyService.change(
                    FollowApproval.MANUAL,
                    NetworkMode.OPEN,
                    List.of(),
                    OptionalLong.of(7),
                    "admin"))
        .isInstanceOf(org.essaim.node.application.StaleVersionException.class);
  }

  @Test
  void theAllowListIsReplacedWithoutDuplicates() {
    PeerMatch b = PeerMatch.host("h", "b.example");
    PolicyView view =
        f.policyService.change(
            FollowApproval.MANUAL,
            NetworkMode.ALLOW_LIST,
            List.of(b, b, PeerMatch.actor("a", C.toString())),
            OptionalLong.empty(),
            "admin");
    assertThat(view.allowList()).containsExactly(b, PeerMatch.actor("a", C.toString()));
    assertThat(f.directory.admits(B)).isTrue();
    assertThat(f.directory.admits(URI.create("https://d.example/actors/territory"))).isFalse();
  }

  // --- directory ---

  @Test
  void followerInboxesAreTheSharedInboxesOfAcceptedAdmittedFollowersOnce() {
    automatic();
    receiveFollow();
    // a second actor on B's server shares its shared inbox
    URI b2 = URI.create("https://b.example/actors/other");
    f.remote.put(
        b2,
        FollowFixture.actor(
            b2,
            URI.create("https://b.example/actors/other/inbox"),
            FollowFixture.B_SHARED,
            "o",
            "O"));
    handler.handle(inbound(b2, follow("https://b.example/activities/f9", b2, US)));
    handler.handle(inbound(C, follow("https://c.example/activities/f1", C, US)));
    assertThat(f.directory.followerInboxes())
        .isEqualTo(Set.of(FollowFixture.B_SHARED, FollowFixture.C_INBOX));
    f.policies.policy.change(
        FollowApproval.AUTOMATIC, NetworkMode.ALLOW_LIST, "t", FollowFixture.NOW);
    assertThat(f.directory.followerInboxes()).isEmpty();
  }

  @Test
  void theNetworkIsReadableByAnAdmittedRequesterOfAnAcceptedFollowersOrigin() {
    receiveFollow();
    URI instance = URI.create("https://b.example/actors/instance");
    assertThat(f.directory.mayReadNetwork(instance)).isFalse();
    f.service.acceptFollower(peerB().id());
    assertThat(f.directory.mayReadNetwork(instance)).isTrue();
    assertThat(f.directory.mayReadNetwork(B)).isTrue();
    assertThat(f.directory.mayReadNetwork(URI.create("http://b.example/actors/instance")))
        .isFalse();
    assertThat(f.directory.mayReadNetwork(C)).isFalse();
    f.policies.addBlock(
        new org.essaim.node.domain.model.peer.PeerBlock(
            java.util.UUID.randomUUID(),
            PeerMatch.actor("a", instance.toString()),
            null,
            "t",
            FollowFixture.NOW));
    assertThat(f.directory.mayReadNetwork(instance)).isFalse();
    assertThat(f.directory.mayReadNetwork(B)).isTrue();
  }
}
