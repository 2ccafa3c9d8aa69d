// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.introduction;

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
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.essaim.node.domain.shared.DomainRuleViolation;

/**
 * An introduction between one of this territory's projects and a peer territory's project: the
 * {@code Offer} that proposed it (sent by this territory, or received), then the link itself once
 * accepted. Both nodes keep a row for the same Offer, matched by its activity id; the wire never
 * names a person ({@code decidedBy} is a local username).
 */
@Entity
@Table(name = "project_introduction")
public class Introduction {

  /** The longest message of a proposal, in characters. */
  public static final int MAX_MESSAGE = 1_000;

  /** The most reasons (basis codes) or shared themes a proposal names. */
  public static final int MAX_CODES = 20;

  /** Why two projects are introduced (the vocabulary's link basis). */
  public static final List<String> BASIS =
      List.of("SAME_THEME", "SAME_PROBLEM", "SAME_MODEL", "DECLARED");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "direction", nullable = false, updatable = false)
  private IntroductionDirection direction;

  @Column(name = "offer_id", nullable = false, updatable = false)
  private String offerId;

  @Column(name = "peer_actor", nullable = false, updatable = false)
  private String peerActor;

  @Column(name = "peer_name", updatable = false)
  private String peerName;

  @Column(name = "project_id", nullable = false, updatable = false)
  private long projectId;

  @Column(name = "project_uri", nullable = false, updatable = false)
  private String projectUri;

  @Column(name = "remote_project_uri", nullable = false, updatable = false)
  private String remoteProjectUri;

  @Column(name = "remote_project_title", updatable = false)
  private String remoteProjectTitle;

  @Column(name = "basis", updatable = false)
  private String basis;

  @Column(name = "shared_themes", updatable = false)
  private String sharedThemes;

  @Column(name = "message", updatable = false)
  private String message;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false)
  private IntroductionState state;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "proposed_by", length = 100, updatable = false)
  private String proposedBy;

  @Column(name = "decided_at")
  private OffsetDateTime decidedAt;

  @Column(name = "decided_by", length = 100)
  private String decidedBy;

  @Column(name = "withdrawn_at")
  private OffsetDateTime withdrawnAt;

  @Column(name = "withdrawn_by", length = 100)
  private String withdrawnBy;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Introduction() {
    // for JPA
  }

  /**
   * A proposal, PROPOSED.
   *
   * @param offerId the Offer's activity id (on the proposer's origin)
   * @param peerActor the other territory's actor
   * @param projectId this territory's project (ours, whichever side proposed)
   * @param projectUri its address on the wire
   * @param remoteProject the peer's project
   * @param remoteTitle its title as this node knew it then, or null
   * @param proposedBy the local username (SENT), null for a RECEIVED proposal
   */
  public Introduction(
      IntroductionDirection direction,
      URI offerId,
      URI peerActor,
      String peerName,
      long projectId,
      URI projectUri,
      URI remoteProject,
      String remoteTitle,
      List<String> basis,
      List<String> sharedThemes,
      String message,
      String proposedBy,
      Instant now) {
    this.direction = Objects.requireNonNull(direction, "direction");
    this.offerId = offerId.toString();
    this.peerActor = peerActor.toString();
    this.peerName = peerName;
    this.projectId = projectId;
    this.projectUri = projectUri.toString();
    this.remoteProjectUri = remoteProject.toString();
    if (this.projectUri.equals(this.remoteProjectUri)) {
      throw new DomainRuleViolation("target", "a project is not introduced to itself");
    }
    this.remoteProjectTitle = remoteTitle;
    for (String code : basis == null ? List.<String>of() : basis) {
      if (!BASIS.contains(code)) {
        throw new DomainRuleViolation("basis", "'" + code + "' is not one of " + BASIS);
      }
    }
    this.basis = joined("basis", basis);
    this.sharedThemes = joined("sharedThemes", sharedThemes);
    if (message != null && message.length() > MAX_MESSAGE) {
      throw new DomainRuleViolation("message", "at most " + MAX_MESSAGE + " characters");
    }
    this.message = message;
    this.proposedBy = proposedBy;
    this.state = IntroductionState.PROPOSED;
    this.createdAt = now.atOffset(ZoneOffset.UTC);
  }

  private static String joined(String field, List<String> codes) {
    if (codes == null || codes.isEmpty()) {
      return null;
    }
    if (codes.size() > MAX_CODES) {
      throw new DomainRuleViolation(field, "at most " + MAX_CODES + " values");
    }
    return String.join(",", codes);
  }

  /**
   * The receiving territory accepted: by a local administrator (RECEIVED, {@code by} their
   * username) or by the peer (SENT, {@code by} null).
   *
   * @throws org.essaim.node.domain.shared.IllegalTransitionException unless PROPOSED
   */
  public void accept(String by, Instant now) {
    decide(IntroductionState.ACCEPTED, by, now);
  }

  /**
   * The receiving territory refused (here, or the peer).
   *
   * @throws org.essaim.node.domain.shared.IllegalTransitionException unless PROPOSED
   */
  public void reject(String by, Instant now) {
    decide(IntroductionState.REJECTED, by, now);
  }

  /**
   * The link is withdrawn by either territory, or the proposal by its proposer ({@code by} null
   * when the peer did); who may withdraw what is the service's rule.
   *
   * @throws org.essaim.node.domain.shared.IllegalTransitionException when REJECTED or WITHDRAWN
   */
  public void withdraw(String by, Instant now) {
    this.state = state.requireTransitionTo(IntroductionState.WITHDRAWN);
    this.withdrawnBy = by;
    this.withdrawnAt = now.atOffset(ZoneOffset.UTC);
  }

  private void decide(IntroductionState target, String by, Instant now) {
    this.state = state.requireTransitionTo(target);
    this.decidedBy = by;
    this.decidedAt = now.atOffset(ZoneOffset.UTC);
  }

  public Long id() {
    return id;
  }

  public IntroductionDirection direction() {
    return direction;
  }

  public URI offerId() {
    return URI.create(offerId);
  }

  public URI peerActor() {
    return URI.create(peerActor);
  }

  public Optional<String> peerName() {
    return Optional.ofNullable(peerName);
  }

  public long projectId() {
    return projectId;
  }

  public URI projectUri() {
    return URI.create(projectUri);
  }

  public URI remoteProjectUri() {
    return URI.create(remoteProjectUri);
  }

  public Optional<String> remoteProjectTitle() {
    return Optional.ofNullable(remoteProjectTitle);
  }

  public List<String> basis() {
    return split(basis);
  }

  public List<String> sharedThemes() {
    return split(sharedThemes);
  }

  private static List<String> split(String joined) {
    return joined == null ? List.of() : Arrays.asList(joined.split(","));
  }

  public Optional<String> message() {
    return Optional.ofNullable(message);
  }

  public IntroductionState state() {
    return state;
  }

  public Instant createdAt() {
    return createdAt.toInstant();
  }

  public Optional<String> proposedBy() {
    return Optional.ofNullable(proposedBy);
  }

  public Optional<Instant> decidedAt() {
    return Optional.ofNullable(decidedAt).map(OffsetDateTime::toInstant);
  }

  public Optional<String> decidedBy() {
    return Optional.ofNullable(decidedBy);
  }

  public Optional<Instant> withdrawnAt() {
    return Optional.ofNullable(withdrawnAt).map(OffsetDateTime::toInstant);
  }

  public Optional<String> withdrawnBy() {
    return Optional.ofNullable(withdrawnBy);
  }

  public long version() {
    return version;
  }
}
