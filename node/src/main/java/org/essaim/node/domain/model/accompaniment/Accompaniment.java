// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.accompaniment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** One accompaniment of a project by a support programme. PRIVATE: team only. */
@Entity
@Table(name = "accompaniment")
public class Accompaniment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "project_id", nullable = false)
  private Long projectId;

  @Column(name = "programme_name", nullable = false, length = AccompanimentPlan.MAX_NAME)
  private String programmeName;

  @Enumerated(EnumType.STRING)
  @Column(name = "programme_format", nullable = false, length = 32)
  private ProgrammeFormat format;

  @Column(name = "provider_organization_id")
  private Long providerOrganizationId;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "end_date")
  private LocalDate endDate;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "accompaniment_milestone",
      joinColumns = @JoinColumn(name = "accompaniment_id"))
  @OrderColumn(name = "position")
  private List<Milestone> milestones = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", length = 32)
  private AccompanimentOutcome outcome;

  @Column(name = "continues_in", length = AccompanimentPlan.MAX_NAME)
  private String continuesIn;

  @Column(name = "notes", length = AccompanimentPlan.MAX_NOTES)
  private String notes;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  protected Accompaniment() {
    // for JPA
  }

  public Accompaniment(long projectId, AccompanimentPlan plan, Instant now) {
    this.projectId = projectId;
    this.createdAt = now.atOffset(ZoneOffset.UTC);
    plan(plan, now);
  }

  /** Replaces the whole plan. */
  public void plan(AccompanimentPlan plan, Instant now) {
    this.programmeName = plan.programmeName();
    this.format = plan.format();
    this.providerOrganizationId = plan.providerOrganizationId();
    this.startDate = plan.startDate();
    this.endDate = plan.endDate();
    this.milestones.clear();
    this.milestones.addAll(plan.milestones());
    this.outcome = plan.outcome();
    this.continuesIn = plan.continuesIn();
    this.notes = plan.notes();
    this.updatedAt = now.atOffset(ZoneOffset.UTC);
  }

  public AccompanimentPlan currentPlan() {
    return new AccompanimentPlan(
        programmeName,
        format,
        providerOrganizationId,
        startDate,
        endDate,
        List.copyOf(milestones),
        outcome,
        continuesIn,
        notes);
  }

  public Long id() {
    return id;
  }

  public long projectId() {
    return projectId;
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
