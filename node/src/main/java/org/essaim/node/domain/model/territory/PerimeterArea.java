// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.territory;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import org.essaim.node.domain.shared.DomainRuleViolation;

/** One area of the perimeter: an official code at a geographic level, with its usual label. */
@Embeddable
public class PerimeterArea {

  @Enumerated(EnumType.STRING)
  @Column(name = "level", nullable = false, length = 32)
  private PerimeterLevel level;

  @Column(name = "code", nullable = false, length = 32)
  private String code;

  @Column(name = "label", nullable = false, length = 200)
  private String label;

  protected PerimeterArea() {
    // for JPA
  }

  public PerimeterArea(PerimeterLevel level, String code, String label) {
    this.level = Objects.requireNonNull(level, "level is required");
    if (!level.accepts(code)) {
      throw new DomainRuleViolation("code", "'" + code + "' is not a valid " + level + " code");
    }
    if (label == null || label.isBlank()) {
      throw new DomainRuleViolation("label", "an area needs a label");
    }
    this.code = code;
    this.label = label.strip();
  }

  public PerimeterLevel level() {
    return level;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PerimeterArea other
        && level == other.level
        && code.equals(other.code)
        && label.equals(other.label);
  }

  @Override
  public int hashCode() {
    return Objects.hash(level, code, label);
  }
}
