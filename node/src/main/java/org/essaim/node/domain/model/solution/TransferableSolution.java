// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.solution;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.essaim.node.domain.shared.DomainRuleViolation;
import org.essaim.node.domain.shared.IllegalTransitionException;
import org.essaim.node.domain.shared.Visibility;

/**
 * A transferable solution (« solution essaimable ») derived from one of the node's projects, e.g.
 * the TRESSONS experiments of the Avise/RTES guide. Starts as a {@link SolutionStatus#DRAFT}; its
 * visibility is {@link Visibility#NETWORK} unless the team says otherwise.
 */
@Entity
@Table(name = "transferable_solution")
public class TransferableSolution {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "project_id", nullable = false, updatable = false)
  private Long projectId;

  @Column(name = "title", nullable = false, length = 200)
  private String title;

  @Column(name = "problem_addressed", length = 5000)
  private String problemAddressed;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "transferable_solution_theme",
      joinColumns = @JoinColumn(name = "solution_id"))
  @OrderColumn(name = "position")
  @Column(name = "theme_key", nullable = false, length = 100)
  private List<String> themes = new ArrayList<>();

  @Column(name = "model", length = 5000)
  private String model;

  @Column(name = "prerequisites", length = 5000)
  private String prerequisites;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "transferable_solution_key_success_factor",
      joinColumns = @JoinColumn(name = "solution_id"))
  @OrderColumn(name = "position")
  @Column(name = "text", nullable = false, length = 1000)
  private List<String> keySuccessFactors = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "transferable_solution_watch_point",
      joinColumns = @JoinColumn(name = "solution_id"))
  @OrderColumn(name = "position")
  @Column(name = "text", nullable = false, length = 1000)
  private List<String> watchPoints = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  @Column(name = "transfer_mode", nullable = false, length = 32)
  private TransferMode transferMode;

  @Column(name = "cost_min_eur", precision = 14, scale = 2)
  private BigDecimal costMinEur;

  @Column(name = "cost_max_eur", precision = 14, scale = 2)
  private BigDecimal costMaxEur;

  @Column(name = "cost_note", length = 1000)
  private String costNote;

  @Column(name = "contact_organization_id", nullable = false)
  private Long contactOrganizationId;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 32)
  private SolutionStatus status;

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

  protected TransferableSolution() {
    // for JPA
  }

  /**
   * A new DRAFT solution derived from the project.
   *
   * @throws DomainRuleViolation when the description has no title yet
   */
  /**
   * @param defaultVisibility used when the description names none
   */
  public TransferableSolution(
      long projectId,
      TransferableSolutionDescription description,
      Visibility defaultVisibility,
      Instant now) {
    if (projectId < 1) {
      throw new DomainRuleViolation("projectId", "must be a project's id");
    }
    this.projectId = projectId;
    this.visibility = Objects.requireNonNull(defaultVisibility, "defaultVisibility");
    this.status = SolutionStatus.DRAFT;
    this.createdAt = now.atOffset(ZoneOffset.UTC);
    describe(description, now);
  }

  /**
   * Replaces the whole description.
   *
   * @throws DomainRuleViolation when it has no title
   */
  public void describe(TransferableSolutionDescription d, Instant now) {
    if (d.title() == null) {
      throw new DomainRuleViolation("title", "must not be blank");
    }
    this.title = d.title();
    this.problemAddressed = d.problemAddressed();
    replace(themes, d.themes());
    this.model = d.model();
    this.prerequisites = d.prerequisites();
    replace(keySuccessFactors, d.keySuccessFactors());
    replace(watchPoints, d.watchPoints());
    this.transferMode = d.transferMode();
    this.costMinEur = d.costs() == null ? null : d.costs().minEur();
    this.costMaxEur = d.costs() == null ? null : d.costs().maxEur();
    this.costNote = d.costs() == null ? null : d.costs().note();
    this.contactOrganizationId = d.contactOrganizationId();
    if (d.visibility() != null) {
      this.visibility = d.visibility();
    }
    this.updatedAt = now.atOffset(ZoneOffset.UTC);
  }

  /**
   * @throws IllegalTransitionException unless {@code target} may follow the current status
   */
  public void moveTo(SolutionStatus target, Instant now) {
    this.status = status.requireTransitionTo(target);
    this.updatedAt = now.atOffset(ZoneOffset.UTC);
  }

  /** Whether another territory may declare its interest now: only while it is offered. */
  public boolean acceptsReplications() {
    return status == SolutionStatus.PUBLISHED;
  }

  public TransferableSolutionDescription description() {
    return new TransferableSolutionDescription(
        title,
        problemAddressed,
        List.copyOf(themes),
        model,
        prerequisites,
        List.copyOf(keySuccessFactors),
        List.copyOf(watchPoints),
        transferMode,
        costMinEur == null && costMaxEur == null && costNote == null
            ? null
            : new CostRange(costMinEur, costMaxEur, costNote),
        contactOrganizationId,
        visibility);
  }

  private static <T> void replace(List<T> target, List<T> values) {
    target.clear();
    target.addAll(values);
  }

  public Long id() {
    return id;
  }

  public long projectId() {
    return projectId;
  }

  public SolutionStatus status() {
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
