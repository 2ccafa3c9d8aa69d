// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.accompaniment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.essaim.node.domain.shared.DomainRuleViolation;

/** A milestone of an accompaniment: its kind, when it is due and when it was done. */
@Embeddable
public class Milestone {

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 32)
  private MilestoneKind kind;

  @Column(name = "due_on")
  private LocalDate dueOn;

  @Column(name = "done_on")
  private LocalDate doneOn;

  protected Milestone() {
    // for JPA
  }

  /**
   * @param field where the milestone is in the request, for error messages
   * @throws DomainRuleViolation without a kind
   */
  public Milestone(String field, MilestoneKind kind, LocalDate dueOn, LocalDate doneOn) {
    if (kind == null) {
      throw new DomainRuleViolation(field + ".kind", "must be given");
    }
    this.kind = kind;
    this.dueOn = dueOn;
    this.doneOn = doneOn;
  }

  public MilestoneKind kind() {
    return kind;
  }

  public Optional<LocalDate> dueOn() {
    return Optional.ofNullable(dueOn);
  }

  public Optional<LocalDate> doneOn() {
    return Optional.ofNullable(doneOn);
  }

  public boolean done() {
    return doneOn != null;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Milestone m
        && kind == m.kind
        && Objects.equals(dueOn, m.dueOn)
        && Objects.equals(doneOn, m.doneOn);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, dueOn, doneOn);
  }
}
