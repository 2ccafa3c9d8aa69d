// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.project;

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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.essaim.node.domain.model.dream.Commune;
import org.essaim.node.domain.shared.IllegalTransitionException;
import org.essaim.node.domain.shared.Visibility;

/**
 * A project carried on the territory, e.g. « Itération vers ARCHIBON » (Les Ateliers des Hauts,
 * Rouen) or « Écopôles alimentaires » (Cocagne AlimenTerre). {@link Visibility#NODE_PUBLIC} by
 * default; the team publishes it wider.
 */
@Entity
@Table(name = "project")
public class Project {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "title", nullable = false, length = 200)
  private String title;

  @Column(name = "summary", length = 1000)
  private String summary;

  @Column(name = "description", length = 10000)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(name = "stage", nullable = false, length = 32)
  private ProjectStage stage;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 32)
  private ProjectStatus status;

  @Enumerated(EnumType.STRING)
  @Column(name = "origin", nullable = false, length = 32)
  private ProjectOrigin origin;

  @Column(name = "origin_challenge_id")
  private Long originChallengeId;

  @Column(name = "origin_source_uri", length = 500)
  private String originSourceUri;

  @Column(name = "carrier_organization_id")
  private Long carrierOrganizationId;

  @Column(name = "legal_form", length = 100)
  private String legalForm;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "project_theme", joinColumns = @JoinColumn(name = "project_id"))
  @OrderColumn(name = "position")
  @Column(name = "theme_key", nullable = false, length = 100)
  private List<String> themes = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "project_support_mode", joinColumns = @JoinColumn(name = "project_id"))
  @OrderColumn(name = "position")
  @Column(name = "support_mode_key", nullable = false, length = 100)
  private List<String> supportModes = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "project_partner", joinColumns = @JoinColumn(name = "project_id"))
  @OrderColumn(name = "position")
  @Column(name = "organization_id", nullable = false)
  private List<Long> partnerOrganizationIds = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "project_funding", joinColumns = @JoinColumn(name = "project_id"))
  @OrderColumn(name = "position")
  private List<FundingLine> fundings = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "project_impact", joinColumns = @JoinColumn(name = "project_id"))
  @OrderColumn(name = "position")
  private List<ImpactMeasurement> impacts = new ArrayList<>();

  @Column(name = "commune_code", length = 5)
  private String communeCode;

  @Column(name = "commune_label", length = 200)
  private String communeLabel;

  @Column(name = "pepite", nullable = false)
  private boolean pepite;

  @Enumerated(EnumType.STRING)
  @Column(name = "visibility", nullable = false, length = 32)
  private Visibility visibility;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  protected Project() {
    // for JPA
  }

  /** A new, {@link ProjectStatus#ACTIVE} project at the given stage (any: it may exist before). */
  public Project(
      ProjectDescription description,
      ProjectStage stage,
      Visibility defaultVisibility,
      Instant now) {
    if (stage == null) {
      throw new org.essaim.node.domain.shared.DomainRuleViolation("stage", "must be given");
    }
    this.visibility = java.util.Objects.requireNonNull(defaultVisibility, "defaultVisibility");
    this.stage = stage;
    this.status = ProjectStatus.ACTIVE;
    this.createdAt = now.atOffset(ZoneOffset.UTC);
    describe(description, now);
  }

  /** Replaces the whole description; a visibility left out stays. */
  public void describe(ProjectDescription d, Instant now) {
    this.title = d.title();
    this.summary = d.summary();
    this.description = d.description();
    replace(themes, d.themes());
    replace(supportModes, d.supportModes());
    this.origin = d.origin();
    this.originChallengeId = d.originChallengeId();
    this.originSourceUri = d.originSourceUri();
    this.carrierOrganizationId = d.carrierOrganizationId();
    this.legalForm = d.legalForm();
    replace(partnerOrganizationIds, d.partnerOrganizationIds());
    replace(fundings, d.fundings());
    replace(impacts, d.impacts());
    this.communeCode = d.location() == null ? null : d.location().code();
    this.communeLabel = d.location() == null ? null : d.location().label();
    this.pepite = d.pepite();
    if (d.visibility() != null) {
      this.visibility = d.visibility();
    }
    this.updatedAt = now.atOffset(ZoneOffset.UTC);
  }

  /**
   * Moves the project to another stage: forward only (skipping is fine), unless {@code mayGoBack},
   * which the application grants administrators to correct a mistake.
   *
   * @throws IllegalTransitionException for the current stage, or a backward move without {@code
   *     mayGoBack}
   */
  public void moveToStage(ProjectStage target, boolean mayGoBack, Instant now) {
    if (mayGoBack && target != null && target != stage) {
      this.stage = target;
    } else {
      this.stage = stage.requireTransitionTo(target);
    }
    this.updatedAt = now.atOffset(ZoneOffset.UTC);
  }

  /**
   * @throws IllegalTransitionException unless {@code target} may follow the current status
   */
  public void moveToStatus(ProjectStatus target, Instant now) {
    this.status = status.requireTransitionTo(target);
    this.updatedAt = now.atOffset(ZoneOffset.UTC);
  }

  public ProjectDescription description() {
    return new ProjectDescription(
        title,
        summary,
        description,
        List.copyOf(themes),
        List.copyOf(supportModes),
        origin,
        originChallengeId,
        originSourceUri,
        carrierOrganizationId,
        legalForm,
        List.copyOf(partnerOrganizationIds),
        List.copyOf(fundings),
        List.copyOf(impacts),
        communeCode == null ? null : new Commune(communeCode, communeLabel),
        pepite,
        visibility);
  }

  private static <T> void replace(List<T> target, List<T> values) {
    target.clear();
    target.addAll(values);
  }

  public Long id() {
    return id;
  }

  public ProjectStage stage() {
    return stage;
  }

  public ProjectStatus status() {
    return status;
  }

  public Visibility visibility() {
    return visibility;
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
