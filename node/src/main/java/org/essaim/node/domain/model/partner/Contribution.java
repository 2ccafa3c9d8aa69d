// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.essaim.node.domain.shared.DomainRuleViolation;

/** One contribution of a partner: what kind, described, optionally valued in euros, for a year. */
@Embeddable
public class Contribution {

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 32)
  private ContributionKind kind;

  @Column(name = "description", nullable = false, length = 1000)
  private String description;

  @Column(name = "amount_eur", precision = 14, scale = 2)
  private BigDecimal amountEur;

  @Column(name = "year")
  private Integer year;

  protected Contribution() {
    // for JPA
  }

  /**
   * @param field where it stands in the request, e.g. {@code contributions[0]}, for errors
   */
  public Contribution(
      String field, ContributionKind kind, String description, BigDecimal amountEur, Integer year) {
    if (kind == null) {
      throw new DomainRuleViolation(field + ".kind", "must be MONEY, SKILLS, PREMISES or OTHER");
    }
    if (description == null || description.isBlank()) {
      throw new DomainRuleViolation(field + ".description", "must not be blank");
    }
    if (description.strip().length() > 1000) {
      throw new DomainRuleViolation(field + ".description", "at most 1000 characters");
    }
    if (amountEur != null && amountEur.signum() < 0) {
      throw new DomainRuleViolation(field + ".amountEur", "must be 0 or more");
    }
    if (amountEur != null && amountEur.scale() > 2) {
      throw new DomainRuleViolation(field + ".amountEur", "at most 2 decimals (cents)");
    }
    if (amountEur != null && amountEur.precision() - amountEur.scale() > 12) {
      throw new DomainRuleViolation(field + ".amountEur", "too large");
    }
    if (year != null && (year < 1900 || year > 2200)) {
      throw new DomainRuleViolation(field + ".year", "must be a year such as 2024");
    }
    this.kind = kind;
    this.description = description.strip();
    this.amountEur = amountEur == null ? null : amountEur.setScale(2, RoundingMode.UNNECESSARY);
    this.year = year;
  }

  public ContributionKind kind() {
    return kind;
  }

  public String description() {
    return description;
  }

  public BigDecimal amountEur() {
    return amountEur;
  }

  public Integer year() {
    return year;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Contribution c
        && kind == c.kind
        && description.equals(c.description)
        && Objects.equals(amountEur, c.amountEur)
        && Objects.equals(year, c.year);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, description, amountEur, year);
  }
}
