// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import org.essaim.node.domain.shared.IllegalTransitionException;

/**
 * One exchange with a peer territory about a shared object: what was sent or received, with whom,
 * about which object, and where it stands. Offers move from PENDING to ACCEPTED or REJECTED once; a
 * received reply is VISIBLE until hidden.
 */
@Entity
@Table(name = "federation_exchange")
public class Exchange {

  /** The longest reply, replication message or proposed sheet body kept, in characters. */
  public static final int MAX_CONTENT = 20_000;

  /** The longest summary of a proposed amendment. */
  public static final int MAX_SUMMARY = 400;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "direction", nullable = false, updatable = false)
  private ExchangeDirection direction;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false)
  private ExchangeKind kind;

  @Column(name = "activity_id", nullable = false, updatable = false)
  private String activityId;

  @Column(name = "peer_actor", nullable = false, updatable = false)
  private String peerActor;

  @Column(name = "peer_name", updatable = false)
  private String peerName;

  @Column(name = "object_id", nullable = false, updatable = false)
  private String objectId;

  @Column(name = "local_id", nullable = false, updatable = false)
  private long localId;

  @Column(name = "summary", updatable = false)
  private String summary;

  @Column(name = "content", updatable = false)
  private String content;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false)
  private ExchangeState state;

  @Column(name = "result")
  private String result;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "decided_at")
  private OffsetDateTime decidedAt;

  @Column(name = "decided_by", length = 100)
  private String decidedBy;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Exchange() {
    // for JPA
  }

  /**
   * @param peerActor the other territory's actor
   * @param objectId the object it is about (a sheet's or solution's id on the wire)
   * @param localId the object's id here (RECEIVED) or its copy's id (SENT)
   */
  public Exchange(
      ExchangeDirection direction,
      ExchangeKind kind,
      URI activityId,
      URI peerActor,
      String peerName,
      URI objectId,
      long localId,
      String summary,
      String content,
      Instant now) {
    this.direction = Objects.requireNonNull(direction, "direction");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.activityId = activityId.toString();
    this.peerActor = peerActor.toString();
    this.peerName = peerName;
    this.objectId = objectId.toString();
    this.localId = localId;
    this.summary = summary;
    this.content = content;
    this.state = initialState(direction, kind);
    this.createdAt = now.atOffset(ZoneOffset.UTC);
  }

  /** PENDING for an Offer; SENT for a reply or Announce sent; VISIBLE for a reply received. */
  static ExchangeState initialState(ExchangeDirection direction, ExchangeKind kind) {
    if (kind.isOffer()) {
      return ExchangeState.PENDING;
    }
    return direction == ExchangeDirection.SENT ? ExchangeState.SENT : ExchangeState.VISIBLE;
  }

  /**
   * The Offer is accepted: by a local editor (RECEIVED, {@code by} their username) or by the peer
   * (SENT, {@code by} null).
   *
   * @param result what it became (« version 3 », « replication 12 »), if anything
   * @throws IllegalTransitionException unless a PENDING Offer
   */
  public void accept(String by, String result, Instant now) {
    decide(ExchangeState.ACCEPTED, by, now);
    this.result = result;
  }

  /**
   * The Offer is declined (dismissed here, or rejected by the peer).
   *
   * @throws IllegalTransitionException unless a PENDING Offer
   */
  public void reject(String by, Instant now) {
    decide(ExchangeState.REJECTED, by, now);
  }

  /**
   * A received reply is hidden from the team's list (or shown again).
   *
   * @throws IllegalTransitionException unless a received reply
   */
  public void hide(boolean hidden, String by, Instant now) {
    ExchangeState target = hidden ? ExchangeState.HIDDEN : ExchangeState.VISIBLE;
    if (direction != ExchangeDirection.RECEIVED || kind != ExchangeKind.REPLY) {
      throw new IllegalTransitionException(state, target, "only a received reply is hidden");
    }
    this.state = target;
    this.decidedBy = by;
    this.decidedAt = now.atOffset(ZoneOffset.UTC);
  }

  private void decide(ExchangeState target, String by, Instant now) {
    if (!kind.isOffer()) {
      throw new IllegalTransitionException(state, target, "only an Offer is accepted or rejected");
    }
    if (state != ExchangeState.PENDING) {
      throw new IllegalTransitionException(state, target, "the Offer was already answered");
    }
    this.state = target;
    this.decidedBy = by;
    this.decidedAt = now.atOffset(ZoneOffset.UTC);
  }

  public Long id() {
    return id;
  }

  public ExchangeDirection direction() {
    return direction;
  }

  public ExchangeKind kind() {
    return kind;
  }

  public URI activityId() {
    return URI.create(activityId);
  }

  public URI peerActor() {
    return URI.create(peerActor);
  }

  public Optional<String> peerName() {
    return Optional.ofNullable(peerName);
  }

  public URI objectId() {
    return URI.create(objectId);
  }

  public long localId() {
    return localId;
  }

  public Optional<String> summary() {
    return Optional.ofNullable(summary);
  }

  public Optional<String> content() {
    return Optional.ofNullable(content);
  }

  public ExchangeState state() {
    return state;
  }

  public Optional<String> result() {
    return Optional.ofNullable(result);
  }

  public Instant createdAt() {
    return createdAt.toInstant();
  }

  public Optional<Instant> decidedAt() {
    return Optional.ofNullable(decidedAt).map(OffsetDateTime::toInstant);
  }

  public Optional<String> decidedBy() {
    return Optional.ofNullable(decidedBy);
  }

  public long version() {
    return version;
  }
}
