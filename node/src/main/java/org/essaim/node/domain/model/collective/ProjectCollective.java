// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.collective;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.essaim.node.domain.shared.DomainRuleViolation;
import org.essaim.node.domain.shared.IllegalTransitionException;

/**
 * The collective of one project (at most one per project). Its members are separate records ({@link
 * CollectiveMember}): a collective may count dozens of people, listed page by page.
 */
@Entity
@Table(name = "project_collective")
public class ProjectCollective {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "project_id", nullable = false)
  private Long projectId;

  @Enumerated(EnumType.STRING)
  @Column(name = "governance", nullable = false, length = 32)
  private Governance governance;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 32)
  private CollectiveStatus status;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  protected ProjectCollective() {
    // for JPA
  }

  /** A new collective, {@link CollectiveStatus#FORMING}. */
  public ProjectCollective(long projectId, Governance governance, Instant now) {
    this.projectId = projectId;
    this.status = CollectiveStatus.FORMING;
    this.createdAt = now.atOffset(ZoneOffset.UTC);
    govern(governance, now);
  }

  public void govern(Governance governance, Instant now) {
    if (governance == null) {
      throw new DomainRuleViolation("governance", "must be given");
    }
    this.governance = governance;
    this.updatedAt = now.atOffset(ZoneOffset.UTC);
  }

  /**
   * @throws IllegalTransitionException unless {@code target} may follow the current status
   */
  public void moveTo(CollectiveStatus target, Instant now) {
    this.status = status.requireTransitionTo(target);
    this.updatedAt = now.atOffset(ZoneOffset.UTC);
  }

  /** Whether members may still join: not once DISSOLVED. */
  public boolean acceptsMembers() {
    return status != CollectiveStatus.DISSOLVED;
  }

  public Long id() {
    return id;
  }

  public long projectId() {
    return projectId;
  }

  public Governance governance() {
    return governance;
  }

  public CollectiveStatus status() {
    return status;
  }

  public long version() {
    return version;
  }

  public Instant createdAt() {
    return createdAt.toInstant();
  }

  public Instant updatedAt() {
    return updatedAt.toInstant();
  }
}
