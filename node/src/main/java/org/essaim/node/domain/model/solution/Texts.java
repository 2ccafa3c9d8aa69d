// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.solution;

import java.util.ArrayList;
import java.util.List;
import org.essaim.node.domain.shared.DomainRuleViolation;

/** Checks the free texts of this package: stripped, blank as absent, bounded. */
final class Texts {
  private Texts() {}

  static String optional(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String stripped = value.strip();
    if (stripped.length() > max) {
      throw new DomainRuleViolation(field, "at most " + max + " characters");
    }
    return stripped;
  }

  static String required(String field, String value, int max) {
    String text = optional(field, value, max);
    if (text == null) {
      throw new DomainRuleViolation(field, "must not be blank");
    }
    return text;
  }

  /** A list of short texts: blanks dropped, each bounded, at most {@code maxItems}. */
  static List<String> list(String field, List<String> values, int maxEach, int maxItems) {
    if (values == null) {
      return List.of();
    }
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      String text = optional(field + "[" + i + "]", values.get(i), maxEach);
      if (text != null) {
        kept.add(text);
      }
    }
    if (kept.size() > maxItems) {
      throw new DomainRuleViolation(field, "at most " + maxItems + " items");
    }
    return List.copyOf(kept);
  }
}
