// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.peer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The territory's one policy row: how follows are approved, which network mode applies and whether
 * the territories the national node labels are trusted in it (the allow-list entries are rows of
 * their own, replaced with the policy).
 */
@Entity
@Table(name = "federation_policy")
public class NetworkPolicy {

  /** The id of the only row. */
  public static final short SINGLETON = 1;

  @Id
  @Column(name = "id")
  private short id;

  @Enumerated(EnumType.STRING)
  @Column(name = "follow_approval", nullable = false, length = 16)
  private FollowApproval followApproval;

  @Enumerated(EnumType.STRING)
  @Column(name = "network_mode", nullable = false, length = 16)
  private NetworkMode networkMode;

  @Column(name = "trust_labelled", nullable = false)
  private boolean trustLabelled;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Column(name = "updated_by", nullable = false, length = 64)
  private String updatedBy;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected NetworkPolicy() {}

  /** The policy as the migration creates it: MANUAL approval, OPEN network. */
  public static NetworkPolicy defaults(Instant now) {
    NetworkPolicy policy = new NetworkPolicy();
    policy.id = SINGLETON;
    policy.change(FollowApproval.MANUAL, NetworkMode.OPEN, "system", now);
    return policy;
  }

  /** Changes approval and mode; whether labelled territories are trusted stays as it is. */
  public void change(FollowApproval approval, NetworkMode mode, String by, Instant now) {
    change(approval, mode, trustLabelled, by, now);
  }

  /**
   * @param trustLabelled whether, in ALLOW_LIST mode, every territory the national node attests as
   *     labelled (and the national actor itself) is admitted without an allow-list entry
   */
  public void change(
      FollowApproval approval, NetworkMode mode, boolean trustLabelled, String by, Instant now) {
    this.trustLabelled = trustLabelled;
    this.followApproval = Objects.requireNonNull(approval, "approval");
    this.networkMode = Objects.requireNonNull(mode, "mode");
    this.updatedBy = Objects.requireNonNull(by, "by");
    this.updatedAt = now.atOffset(ZoneOffset.UTC);
  }

  public FollowApproval followApproval() {
    return followApproval;
  }

  public NetworkMode networkMode() {
    return networkMode;
  }

  /** Whether label-attested territories are admitted in ALLOW_LIST mode. */
  public boolean trustLabelled() {
    return trustLabelled;
  }

  public Instant updatedAt() {
    return updatedAt.toInstant();
  }

  public String updatedBy() {
    return updatedBy;
  }

  public long version() {
    return version;
  }
}
