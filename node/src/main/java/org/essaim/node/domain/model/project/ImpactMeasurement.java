// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.project;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.essaim.node.domain.shared.DomainRuleViolation;

/** One measured value of an {@code impact-indicators} indicator, e.g. 8 jobs created. */
@Embeddable
public class ImpactMeasurement {

  @Column(name = "indicator_key", nullable = false, length = 100)
  private String indicator;

  @Column(name = "value", nullable = false, precision = 14, scale = 2)
  private BigDecimal value;

  @Column(name = "measured_on", nullable = false)
  private LocalDate measuredOn;

  protected ImpactMeasurement() {
    // for JPA
  }

  public ImpactMeasurement(String field, String indicator, BigDecimal value, LocalDate measuredOn) {
    if (indicator == null || indicator.isBlank()) {
      throw new DomainRuleViolation(field + ".indicator", "must not be blank");
    }
    if (value == null) {
      throw new DomainRuleViolation(field + ".value", "must be given");
    }
    if (value.signum() < 0) {
      throw new DomainRuleViolation(field + ".value", "must be 0 or more");
    }
    if (value.scale() > 2 || value.precision() - value.scale() > 12) {
      throw new DomainRuleViolation(field + ".value", "at most 12 digits and 2 decimals");
    }
    if (measuredOn == null) {
      throw new DomainRuleViolation(field + ".date", "must be given");
    }
    this.indicator = indicator.strip();
    this.value = value;
    this.measuredOn = measuredOn;
  }

  public String indicator() {
    return indicator;
  }

  public BigDecimal value() {
    return value;
  }

  public LocalDate measuredOn() {
    return measuredOn;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ImpactMeasurement m
        && indicator.equals(m.indicator)
        && value.compareTo(m.value) == 0
        && measuredOn.equals(m.measuredOn);
  }

  @Override
  public int hashCode() {
    return Objects.hash(indicator, value.stripTrailingZeros(), measuredOn);
  }
}
