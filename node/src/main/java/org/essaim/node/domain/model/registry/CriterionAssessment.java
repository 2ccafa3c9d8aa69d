// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import java.util.Optional;
import org.essaim.node.domain.shared.DomainRuleViolation;

/** One line of a committee's checklist: a criterion, met or not, with a private comment. */
@Embeddable
public class CriterionAssessment {

  static final int MAX_COMMENT = 2000;

  @Enumerated(EnumType.STRING)
  @Column(name = "criterion", nullable = false, length = 40)
  private Criterion criterion;

  @Column(name = "met", nullable = false)
  private boolean met;

  @Column(name = "comment", length = MAX_COMMENT)
  private String comment;

  protected CriterionAssessment() {
    // for JPA
  }

  /**
   * @param field where it stands in the request, e.g. {@code criteria[0]}, for errors
   */
  public CriterionAssessment(String field, Criterion criterion, boolean met, String comment) {
    if (criterion == null) {
      throw new DomainRuleViolation(field + ".criterion", "is required");
    }
    if (comment != null && comment.strip().length() > MAX_COMMENT) {
      throw new DomainRuleViolation(field + ".comment", "at most " + MAX_COMMENT + " characters");
    }
    this.criterion = criterion;
    this.met = met;
    this.comment = comment == null || comment.isBlank() ? null : comment.strip();
  }

  public Criterion criterion() {
    return criterion;
  }

  public boolean met() {
    return met;
  }

  public Optional<String> comment() {
    return Optional.ofNullable(comment);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CriterionAssessment a
        && a.criterion == criterion
        && a.met == met
        && Objects.equals(a.comment, comment);
  }

  @Override
  public int hashCode() {
    return Objects.hash(criterion, met, comment);
  }
}
