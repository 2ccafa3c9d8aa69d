// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.registry;

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
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.essaim.node.domain.shared.DomainRuleViolation;

/**
 * A committee's decision about one territory: the date, the checklist of its criteria, the decision
 * and the deliberation notes. A record of what was decided: it is never changed afterwards. The
 * notes and comments are private to the national team: never federated, never in a public answer.
 */
@Entity
@Table(name = "registry_review")
public class CommitteeReview {

  static final int MAX_NOTES = 20_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "territory_id", nullable = false)
  private long territoryId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 16)
  private CommitteeKind kind;

  @Column(name = "committee_date", nullable = false)
  private LocalDate committeeDate;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "registry_review_criterion",
      joinColumns = @JoinColumn(name = "review_id"))
  @OrderColumn(name = "position")
  private List<CriterionAssessment> criteria = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  @Column(name = "decision", nullable = false, length = 20)
  private CommitteeDecision decision;

  @Column(name = "deliberation_notes")
  private String deliberationNotes;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "created_by", nullable = false, length = 64)
  private String createdBy;

  protected CommitteeReview() {
    // for JPA
  }

  /**
   * @throws DomainRuleViolation when the decision is not this committee's, the checklist is not
   *     exactly its criteria (each once), or a positive decision leaves a criterion unmet
   */
  public CommitteeReview(
      long territoryId,
      CommitteeKind kind,
      LocalDate committeeDate,
      List<CriterionAssessment> criteria,
      CommitteeDecision decision,
      String deliberationNotes,
      String by,
      Instant now) {
    if (kind == null) {
      throw new DomainRuleViolation("kind", "is required: ELIGIBILITY or LABELLING");
    }
    if (committeeDate == null) {
      throw new DomainRuleViolation("committeeDate", "is required");
    }
    if (decision == null || decision.committee() != kind) {
      throw new DomainRuleViolation(
          "decision", "a " + kind + " committee decides one of " + kind.decisions());
    }
    Set<Criterion> seen = EnumSet.noneOf(Criterion.class);
    for (int i = 0; i < criteria.size(); i++) {
      Criterion c = criteria.get(i).criterion();
      if (c.committee() != kind) {
        throw new DomainRuleViolation(
            "criteria[" + i + "].criterion",
            c + " is not a criterion of the " + kind + " committee: " + kind.criteria());
      }
      if (!seen.add(c)) {
        throw new DomainRuleViolation("criteria[" + i + "].criterion", c + " is assessed twice");
      }
    }
    if (!seen.equals(kind.criteria())) {
      Set<Criterion> missing = EnumSet.copyOf(kind.criteria());
      missing.removeAll(seen);
      throw new DomainRuleViolation("criteria", "the checklist misses " + missing);
    }
    if (decision.positive() && criteria.stream().anyMatch(a -> !a.met())) {
      throw new DomainRuleViolation(
          "decision", decision + " needs every criterion met; the checklist has unmet ones");
    }
    if (deliberationNotes != null && deliberationNotes.length() > MAX_NOTES) {
      throw new DomainRuleViolation("deliberationNotes", "at most " + MAX_NOTES + " characters");
    }
    this.territoryId = territoryId;
    this.kind = kind;
    this.committeeDate = committeeDate;
    this.criteria.addAll(criteria);
    this.decision = decision;
    this.deliberationNotes =
        deliberationNotes == null || deliberationNotes.isBlank() ? null : deliberationNotes.strip();
    this.createdBy = by;
    this.createdAt = now.atOffset(ZoneOffset.UTC);
  }

  public Long id() {
    return id;
  }

  public long territoryId() {
    return territoryId;
  }

  public CommitteeKind kind() {
    return kind;
  }

  public LocalDate committeeDate() {
    return committeeDate;
  }

  public List<CriterionAssessment> criteria() {
    return List.copyOf(criteria);
  }

  public CommitteeDecision decision() {
    return decision;
  }

  /** Private to the national team. */
  public Optional<String> deliberationNotes() {
    return Optional.ofNullable(deliberationNotes);
  }

  public Instant createdAt() {
    return createdAt.toInstant();
  }

  public String createdBy() {
    return createdBy;
  }
}
