// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.follow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.logging.Logger;
import org.essaim.federation.vocab.Activity;
import org.essaim.federation.vocab.Actor;
import org.essaim.node.application.ConflictException;
import org.essaim.node.application.NotFoundException;
import org.essaim.node.application.Page;
import org.essaim.node.application.PageRequest;
import org.essaim.node.application.federation.Backfill;
import org.essaim.node.application.federation.DeliveryQueue;
import org.essaim.node.application.federation.HandlingOutcome;
import org.essaim.node.application.federation.InboundActivity;
import org.essaim.node.application.federation.PeerDirectory;
import org.essaim.node.application.federation.follow.FollowActivities.FollowReference;
import org.essaim.node.domain.model.peer.FollowApproval;
import org.essaim.node.domain.model.peer.FollowState;
import org.essaim.node.domain.model.peer.Peer;
import org.essaim.node.domain.model.peer.PeerRepository;
import org.essaim.node.infrastructure.config.NodeSettings;
import org.essaim.node.interfaces.federation.FederationUrls;

/**
 * Follows in both directions: what a Follow, Accept, Reject or Undo received does, and what an
 * administrator does (follow, unfollow, accept or reject a request, remove a follower). Every
 * activity sent is queued in the transaction of the state change it announces.
 */
@ApplicationScoped
public class FollowService {

  private static final Logger LOG = Logger.getLogger(FollowService.class.getName());

  @Inject PeerRepository peers;
  @Inject PeerDirectory directory;
  @Inject DeliveryQueue delivery;
  @Inject RemoteActorSource remoteActors;
  @Inject Backfill backfill;
  @Inject NodeSettings node;

  Clock clock = Clock.systemUTC();

  /** This node's addresses. */
  protected FederationUrls urls() {
    return FederationUrls.of(node.baseUrl());
  }

  private URI territory() {
    return urls().territoryActor();
  }

  private FollowActivities activities() {
    return new FollowActivities(territory());
  }

  private Instant now() {
    return clock.instant();
  }

  // --- inbound ---

  /**
   * A Follow: of this territory's actor only. A non-admitted actor gets a Reject; an admitted one
   * becomes a pending follower (MANUAL approval) or an accepted one with an Accept sent
   * (AUTOMATIC). A Follow from an accepted follower is answered with a new Accept (idempotent).
   */
  @Transactional
  public HandlingOutcome onFollow(InboundActivity inbound) {
    Activity follow = inbound.activity();
    if (!follow.actor().equals(inbound.actor())) {
      return HandlingOutcome.rejected("The Follow's actor is not the actor that signed it.");
    }
    Optional<URI> object = follow.objectId();
    if (object.isEmpty() || !object.get().equals(territory())) {
      return HandlingOutcome.rejected(
          "Only this territory's actor (" + territory() + ") can be followed.");
    }
    URI followId = inbound.id();
    Actor actor = remoteActors.actor(inbound.actor());
    Optional<String> refusal = directory.refusal(inbound.actor());
    if (refusal.isPresent()) {
      send(activities().reject(newActivityId(), inbound.actor(), followId), actor.inbox());
      Optional<Peer> known = peers.findByActor(inbound.actor());
      known
          .filter(
              p ->
                  p.followerState() == FollowState.PENDING
                      || p.followerState() == FollowState.ACCEPTED)
          .ifPresent(p -> p.rejectFollower(now()));
      return HandlingOutcome.rejected(
          "Follow refused, the actor is " + refusal.get() + "; a Reject was sent.");
    }
    Peer peer = upsert(actor);
    boolean alreadyAccepted = peer.followerState() == FollowState.ACCEPTED;
    peer.followRequested(followId, now());
    if (alreadyAccepted || directory.followApproval() == FollowApproval.AUTOMATIC) {
      peer.acceptFollower(now());
      send(activities().accept(newActivityId(), peer.actorId(), followId), peer.inbox());
      return HandlingOutcome.processed(
          alreadyAccepted
              ? "Already a follower: the Accept was sent again."
              : "Follower accepted automatically; an Accept was sent.");
    }
    return HandlingOutcome.processed("Follow request pending an administrator's approval.");
  }

  /** An Accept of our Follow: we follow them, and the backfill of their outbox starts. */
  @Transactional
  public HandlingOutcome onAccept(InboundActivity inbound) {
    Optional<Peer> match = ourFollowAnswered(inbound);
    if (match.isEmpty()) {
      return HandlingOutcome.ignored("Accept of no Follow this territory sent to this actor.");
    }
    Peer peer = match.get();
    switch (peer.followingState()) {
      case PENDING -> {
        peer.followAccepted(now());
        backfill.startFor(peer.actorId());
        return HandlingOutcome.processed("Our follow was accepted; backfill started.");
      }
      case ACCEPTED -> {
        return HandlingOutcome.processed("Our follow was already accepted.");
      }
      default -> {
        return HandlingOutcome.ignored(
            "Accept of a follow this territory no longer asks for ("
                + peer.followingState().name()
                + ").");
      }
    }
  }

  /** A Reject of our Follow (pending, or accepted: they removed us). */
  @Transactional
  public HandlingOutcome onReject(InboundActivity inbound) {
    Optional<Peer> match = ourFollowAnswered(inbound);
    if (match.isEmpty()) {
      return HandlingOutcome.ignored("Reject of no Follow this territory sent to this actor.");
    }
    Peer peer = match.get();
    if (peer.followingState() == FollowState.NONE) {
      return HandlingOutcome.ignored("Reject of a follow this territory already undid.");
    }
    peer.followRejected(now());
    return HandlingOutcome.processed("Our follow was rejected.");
  }

  /** An Undo of their Follow: no longer a follower. Other Undos are not this package's. */
  @Transactional
  public HandlingOutcome onUndo(InboundActivity inbound) {
    if (!inbound.activity().actor().equals(inbound.actor())) {
      return HandlingOutcome.rejected("The Undo's actor is not the actor that signed it.");
    }
    FollowReference ref = FollowReference.of(inbound.activity());
    Optional<Peer> peer;
    if (ref.embedded()) {
      if (!ref.isFollow(inbound.actor(), territory())) {
        return HandlingOutcome.ignored("Undo of a Follow of someone else.");
      }
      peer = peers.findByActor(inbound.actor());
    } else {
      peer =
          ref.id()
              .flatMap(peers::findByTheirFollow)
              .filter(p -> p.actorId().equals(inbound.actor()));
    }
    if (peer.isEmpty()) {
      return HandlingOutcome.ignored("Undo of something other than a Follow of this territory.");
    }
    if (peer.get().followerState() == FollowState.NONE) {
      return HandlingOutcome.processed("Already not a follower.");
    }
    peer.get().followerUndone(now());
    return HandlingOutcome.processed("The follower undid its follow.");
  }

  // The peer whose Follow (by us) an Accept or Reject answers, when the answer comes from that
  // peer: by the Follow's id (referenced or embedded), else by an embedded Follow of the sender by
  // this territory (implementations that do not keep our ids).
  private Optional<Peer> ourFollowAnswered(InboundActivity inbound) {
    if (!inbound.activity().actor().equals(inbound.actor())) {
      return Optional.empty();
    }
    FollowReference ref = FollowReference.of(inbound.activity());
    Optional<Peer> byId = ref.id().flatMap(peers::findByOurFollow);
    if (byId.isPresent()) {
      return byId.filter(p -> p.actorId().equals(inbound.actor()));
    }
    if (ref.isFollow(territory(), inbound.actor())) {
      return peers.findByActor(inbound.actor());
    }
    return Optional.empty();
  }

  // --- administrators ---

  /**
   * Follows a remote actor (fetched already): stores it and sends a Follow.
   *
   * @throws ConflictException when the actor is not admitted (blocked, or not on the allow-list)
   */
  @Transactional
  public Peer follow(Actor actor) {
    Optional<String> refusal = directory.refusal(actor.id());
    if (refusal.isPresent()) {
      throw new ConflictException("This actor cannot be followed: it is " + refusal.get() + ".");
    }
    Peer peer = upsert(actor);
    URI id = newActivityId();
    peer.followSent(id, now());
    send(activities().follow(id, peer.actorId()), peer.inbox());
    return peer;
  }

  /** Stops following: an Undo{Follow} is sent. */
  @Transactional
  public Peer unfollow(UUID peerId) {
    Peer peer = peer(peerId);
    peer.unfollow(now());
    sendUndo(peer);
    return peer;
  }

  /** Accepts a pending follow request: an Accept is sent. */
  @Transactional
  public Peer acceptFollower(UUID peerId) {
    Peer peer = peer(peerId);
    if (peer.followerState() != FollowState.PENDING) {
      throw new org.essaim.node.domain.shared.IllegalTransitionException(
          peer.followerState(),
          FollowState.ACCEPTED,
          "only a PENDING follow request can be accepted; this one is "
              + peer.followerState().name());
    }
    peer.acceptFollower(now());
    sendAccept(peer);
    return peer;
  }

  /** Rejects a pending follow request: a Reject is sent. */
  @Transactional
  public Peer rejectFollower(UUID peerId) {
    Peer peer = peer(peerId);
    if (peer.followerState() != FollowState.PENDING) {
      throw new org.essaim.node.domain.shared.IllegalTransitionException(
          peer.followerState(),
          FollowState.REJECTED,
          "only a PENDING follow request can be rejected; this one is "
              + peer.followerState().name());
    }
    peer.rejectFollower(now());
    sendReject(peer);
    return peer;
  }

  /** Removes an accepted follower: a Reject{Follow} is sent, as Mastodon does. */
  @Transactional
  public Peer removeFollower(UUID peerId) {
    Peer peer = peer(peerId);
    if (peer.followerState() != FollowState.ACCEPTED) {
      throw new org.essaim.node.domain.shared.IllegalTransitionException(
          peer.followerState(),
          FollowState.REJECTED,
          "only an ACCEPTED follower can be removed; this one is " + peer.followerState().name());
    }
    peer.rejectFollower(now());
    sendReject(peer);
    return peer;
  }

  /**
   * Ends the follows, both ways, of the peers {@code blocked} designates (a block was just added):
   * their follow is rejected (Reject sent), ours undone (Undo sent).
   *
   * @return how many peers were concerned
   */
  @Transactional
  public int endFollows(Predicate<URI> blocked) {
    int ended = 0;
    for (Peer peer : peers.all()) {
      if (!blocked.test(peer.actorId())) {
        continue;
      }
      boolean any = false;
      if (peer.followerState() == FollowState.PENDING
          || peer.followerState() == FollowState.ACCEPTED) {
        peer.rejectFollower(now());
        sendReject(peer);
        any = true;
      }
      if (peer.followingState() == FollowState.PENDING
          || peer.followingState() == FollowState.ACCEPTED) {
        peer.unfollow(now());
        sendUndo(peer);
        any = true;
      }
      if (any) {
        ended++;
      }
    }
    return ended;
  }

  /** Accepts every pending request of an admitted actor (the approval became AUTOMATIC). */
  @Transactional
  public int acceptPendingFollowers() {
    int accepted = 0;
    for (Peer peer : peers.list(FollowState.PENDING, null, null, 0, Integer.MAX_VALUE)) {
      if (directory.admits(peer.actorId())) {
        peer.acceptFollower(now());
        sendAccept(peer);
        accepted++;
      }
    }
    return accepted;
  }

  public Peer peer(UUID id) {
    return peers.find(id).orElseThrow(() -> new NotFoundException("No peer " + id + "."));
  }

  /** Peers by filters (each null for any), ordered by actor id. */
  public Page<Peer> peers(
      FollowState follower, FollowState following, String host, PageRequest page) {
    int offset = (int) Math.min(Integer.MAX_VALUE, page.offset());
    return new Page<>(
        peers.list(follower, following, host, offset, page.size()),
        page.page(),
        page.size(),
        peers.count(follower, following, host));
  }

  // --- helpers ---

  private Peer upsert(Actor actor) {
    peers.lockActor(actor.id());
    Peer peer =
        peers
            .findByActor(actor.id())
            .orElseGet(
                () -> {
                  Peer created = new Peer(UUID.randomUUID(), actor.id(), now());
                  created.describe(
                      actor.inbox(),
                      actor.sharedInbox().orElse(null),
                      actor.preferredUsername().orElse(null),
                      actor.name().orElse(null),
                      now());
                  peers.add(created);
                  return created;
                });
    peer.describe(
        actor.inbox(),
        actor.sharedInbox().orElse(null),
        actor.preferredUsername().orElse(null),
        actor.name().orElse(null),
        now());
    return peer;
  }

  private void sendAccept(Peer peer) {
    send(
        activities().accept(newActivityId(), peer.actorId(), peer.followerActivity().orElse(null)),
        peer.inbox());
  }

  private void sendReject(Peer peer) {
    send(
        activities().reject(newActivityId(), peer.actorId(), peer.followerActivity().orElse(null)),
        peer.inbox());
  }

  private void sendUndo(Peer peer) {
    send(
        activities()
            .undoFollow(newActivityId(), peer.actorId(), peer.followingActivity().orElse(null)),
        peer.inbox());
  }

  private void send(Activity activity, URI inbox) {
    URI id = activity.id().orElseThrow();
    delivery.enqueue(id, FollowActivities.bytes(activity), Set.of(inbox));
    LOG.fine(() -> "Queued " + activity.type().map(Enum::name).orElse("?") + " " + id);
  }

  private URI newActivityId() {
    return urls().activity(UUID.randomUUID());
  }

  /** For the collections: the accepted followers' and followed actors' ids. */
  public List<URI> acceptedFollowers() {
    return peers.list(FollowState.ACCEPTED, null, null, 0, Integer.MAX_VALUE).stream()
        .map(Peer::actorId)
        .toList();
  }

  public List<URI> acceptedFollowing() {
    return peers.list(null, FollowState.ACCEPTED, null, 0, Integer.MAX_VALUE).stream()
        .map(Peer::actorId)
        .toList();
  }
}
