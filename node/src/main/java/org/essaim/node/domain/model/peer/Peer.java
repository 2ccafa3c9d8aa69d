// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.peer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.essaim.node.domain.shared.IllegalTransitionException;

/**
 * A remote actor this territory knows through a follow, in either direction: <em>their</em> follow
 * of this territory (they are a follower) and <em>ours</em> of them (we follow them), each a small
 * state machine ({@link FollowState}) with the Follow activity's id and dates.
 */
@Entity
@Table(name = "federation_peer")
public class Peer {

  @Id
  @Column(name = "id")
  private UUID id;

  @Column(name = "actor_id", nullable = false)
  private String actorId;

  @Column(name = "origin", nullable = false)
  private String origin;

  @Column(name = "authority", nullable = false)
  private String authority;

  @Column(name = "inbox", nullable = false)
  private String inbox;

  @Column(name = "shared_inbox")
  private String sharedInbox;

  @Column(name = "preferred_username")
  private String preferredUsername;

  @Column(name = "name")
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "follower_state", nullable = false, length = 16)
  private FollowState followerState = FollowState.NONE;

  @Column(name = "follower_activity")
  private String followerActivity;

  @Column(name = "follower_requested_at")
  private OffsetDateTime followerRequestedAt;

  @Column(name = "follower_changed_at")
  private OffsetDateTime followerChangedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "following_state", nullable = false, length = 16)
  private FollowState followingState = FollowState.NONE;

  @Column(name = "following_activity")
  private String followingActivity;

  @Column(name = "following_requested_at")
  private OffsetDateTime followingRequestedAt;

  @Column(name = "following_changed_at")
  private OffsetDateTime followingChangedAt;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Peer() {}

  public Peer(UUID id, URI actorId, Instant now) {
    this.id = Objects.requireNonNull(id, "id");
    this.actorId = actorId.toString();
    this.origin = Origins.origin(actorId);
    this.authority = Origins.authority(actorId);
    this.createdAt = at(now);
    this.updatedAt = createdAt;
  }

  /** Refreshes what the actor document says (inboxes, names). */
  public void describe(
      URI inbox, URI sharedInbox, String preferredUsername, String name, Instant now) {
    this.inbox = Objects.requireNonNull(inbox, "inbox").toString();
    this.sharedInbox = sharedInbox == null ? null : sharedInbox.toString();
    this.preferredUsername = clip(preferredUsername, 200);
    this.name = clip(name, 500);
    touch(now);
  }

  // --- their follow of this territory ---

  /**
   * A Follow received: pending approval (or accepted at once with {@link #acceptFollower}); an
   * accepted follower stays accepted (a repeated Follow is answered with a new Accept).
   */
  public void followRequested(URI followActivity, Instant now) {
    this.followerActivity = followActivity.toString();
    if (followerState != FollowState.ACCEPTED) {
      followerState = FollowState.PENDING;
      followerRequestedAt = at(now);
      followerChangedAt = at(now);
    }
    touch(now);
  }

  /** Their pending (or already accepted) follow accepted. */
  public void acceptFollower(Instant now) {
    requireFollower(FollowState.ACCEPTED, FollowState.PENDING, FollowState.ACCEPTED);
    setFollower(FollowState.ACCEPTED, now);
  }

  /** Their follow refused, whether pending or accepted (removing a follower). */
  public void rejectFollower(Instant now) {
    requireFollower(FollowState.REJECTED, FollowState.PENDING, FollowState.ACCEPTED);
    setFollower(FollowState.REJECTED, now);
  }

  /** Their Undo{Follow}: no follow any more. */
  public void followerUndone(Instant now) {
    setFollower(FollowState.NONE, now);
  }

  // --- our follow of them ---

  /** Our Follow sent (again, after a Reject or an Undo). */
  public void followSent(URI followActivity, Instant now) {
    if (followingState == FollowState.ACCEPTED || followingState == FollowState.PENDING) {
      throw new IllegalTransitionException(
          followingState,
          FollowState.PENDING,
          "this territory already follows this peer (" + followingState.name() + ")");
    }
    this.followingActivity = followActivity.toString();
    followingState = FollowState.PENDING;
    followingRequestedAt = at(now);
    followingChangedAt = at(now);
    touch(now);
  }

  /** Their Accept of our Follow. */
  public void followAccepted(Instant now) {
    setFollowing(FollowState.ACCEPTED, now);
  }

  /** Their Reject of our Follow (pending, or accepted: they removed us). */
  public void followRejected(Instant now) {
    setFollowing(FollowState.REJECTED, now);
  }

  /** Our Undo{Follow}. */
  public void unfollow(Instant now) {
    if (followingState != FollowState.ACCEPTED && followingState != FollowState.PENDING) {
      throw new IllegalTransitionException(
          followingState,
          FollowState.NONE,
          "this territory does not follow this peer (" + followingState.name() + ")");
    }
    setFollowing(FollowState.NONE, now);
  }

  private void requireFollower(FollowState to, FollowState... allowed) {
    for (FollowState s : allowed) {
      if (followerState == s) {
        return;
      }
    }
    throw new IllegalTransitionException(
        followerState,
        to,
        "this peer's follow is " + followerState.name() + ", not " + java.util.List.of(allowed));
  }

  private void setFollower(FollowState state, Instant now) {
    if (followerState != state) {
      followerState = state;
      followerChangedAt = at(now);
    }
    touch(now);
  }

  private void setFollowing(FollowState state, Instant now) {
    if (followingState != state) {
      followingState = state;
      followingChangedAt = at(now);
    }
    touch(now);
  }

  private void touch(Instant now) {
    updatedAt = at(now);
  }

  private static OffsetDateTime at(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static String clip(String value, int max) {
    if (value == null) {
      return null;
    }
    String v = value.strip();
    return v.length() > max ? v.substring(0, max) : v;
  }

  private static Instant instant(OffsetDateTime value) {
    return value == null ? null : value.toInstant();
  }

  public UUID id() {
    return id;
  }

  public URI actorId() {
    return URI.create(actorId);
  }

  public String origin() {
    return origin;
  }

  public String authority() {
    return authority;
  }

  public URI inbox() {
    return URI.create(inbox);
  }

  public Optional<URI> sharedInbox() {
    return Optional.ofNullable(sharedInbox).map(URI::create);
  }

  /** Where activities addressed to followers go: the shared inbox, else the actor's inbox. */
  public URI deliveryInbox() {
    return sharedInbox().orElse(inbox());
  }

  public Optional<String> preferredUsername() {
    return Optional.ofNullable(preferredUsername);
  }

  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  public FollowState followerState() {
    return followerState;
  }

  public Optional<URI> followerActivity() {
    return Optional.ofNullable(followerActivity).map(URI::create);
  }

  public Optional<Instant> followerRequestedAt() {
    return Optional.ofNullable(instant(followerRequestedAt));
  }

  public Optional<Instant> followerChangedAt() {
    return Optional.ofNullable(instant(followerChangedAt));
  }

  public FollowState followingState() {
    return followingState;
  }

  public Optional<URI> followingActivity() {
    return Optional.ofNullable(followingActivity).map(URI::create);
  }

  public Optional<Instant> followingRequestedAt() {
    return Optional.ofNullable(instant(followingRequestedAt));
  }

  public Optional<Instant> followingChangedAt() {
    return Optional.ofNullable(instant(followingChangedAt));
  }

  public Instant createdAt() {
    return createdAt.toInstant();
  }

  public Instant updatedAt() {
    return updatedAt.toInstant();
  }

  public long version() {
    return version;
  }
}
