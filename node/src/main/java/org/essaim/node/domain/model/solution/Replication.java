// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.solution;

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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.essaim.node.domain.shared.DomainRuleViolation;
import org.essaim.node.domain.shared.IllegalTransitionException;

/**
 * A replication (« essaimage ») of a transferable solution in another territory. Its own aggregate,
 * referring to its solution by id; read by whoever may read the solution. Each transition dates
 * itself: start, replication or abandon, never before the previous step.
 */
@Entity
@Table(name = "replication")
public class Replication {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "solution_id", nullable = false, updatable = false)
  private Long solutionId;

  @Column(name = "territory_name", nullable = false, length = 200)
  private String territoryName;

  @Column(name = "territory_actor_uri", length = 500)
  private String territoryActorUri;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 32)
  private ReplicationStatus status;

  @Column(name = "adaptations", length = 5000)
  private String adaptations;

  @Column(name = "interested_on", nullable = false)
  private LocalDate interestedOn;

  @Column(name = "started_on")
  private LocalDate startedOn;

  @Column(name = "replicated_on")
  private LocalDate replicatedOn;

  @Column(name = "abandoned_on")
  private LocalDate abandonedOn;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  protected Replication() {
    // for JPA
  }

  /**
   * A territory's interest in the solution, {@link ReplicationStatus#INTERESTED}.
   *
   * @throws DomainRuleViolation when the description is not dated
   */
  public Replication(long solutionId, ReplicationDescription description, Instant now) {
    this.solutionId = solutionId;
    this.status = ReplicationStatus.INTERESTED;
    this.createdAt = now.atOffset(ZoneOffset.UTC);
    describe(description, now);
  }

  /**
   * Replaces territory, adaptations and date of interest.
   *
   * @throws DomainRuleViolation when the date of interest is missing or after a later step
   */
  public void describe(ReplicationDescription d, Instant now) {
    if (d.interestedOn() == null) {
      throw new DomainRuleViolation("interestedOn", "must be given");
    }
    LocalDate next = startedOn != null ? startedOn : abandonedOn;
    if (next != null && d.interestedOn().isAfter(next)) {
      throw new DomainRuleViolation("interestedOn", "must not be after " + next);
    }
    this.territoryName = d.territoryName();
    this.territoryActorUri = d.territoryActorUri();
    this.adaptations = d.adaptations();
    this.interestedOn = d.interestedOn();
    this.updatedAt = now.atOffset(ZoneOffset.UTC);
  }

  /**
   * Moves the replication and dates the step.
   *
   * @param on the date of the step (start, replication or abandon)
   * @throws IllegalTransitionException unless {@code target} may follow the current status
   * @throws DomainRuleViolation ({@code on}) when the date is before the previous step
   */
  public void moveTo(ReplicationStatus target, LocalDate on, Instant now) {
    ReplicationStatus next = status.requireTransitionTo(target);
    if (on == null) {
      throw new DomainRuleViolation("on", "must be given");
    }
    LocalDate previous = startedOn != null ? startedOn : interestedOn;
    if (on.isBefore(previous)) {
      throw new DomainRuleViolation("on", "must not be before " + previous);
    }
    switch (next) {
      case IN_PROGRESS -> this.startedOn = on;
      case REPLICATED -> this.replicatedOn = on;
      case ABANDONED -> this.abandonedOn = on;
      default -> throw new IllegalStateException("no transition to " + next);
    }
    this.status = next;
    this.updatedAt = now.atOffset(ZoneOffset.UTC);
  }

  public ReplicationDescription description() {
    return new ReplicationDescription(territoryName, territoryActorUri, adaptations, interestedOn);
  }

  public Long id() {
    return id;
  }

  public long solutionId() {
    return solutionId;
  }

  public ReplicationStatus status() {
    return status;
  }

  public LocalDate startedOn() {
    return startedOn;
  }

  public LocalDate replicatedOn() {
    return replicatedOn;
  }

  public LocalDate abandonedOn() {
    return abandonedOn;
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
