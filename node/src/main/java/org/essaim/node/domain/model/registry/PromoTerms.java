// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.registry;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;
import org.essaim.node.domain.shared.DomainRuleViolation;

/**
 * What the national team records about a promo. Its members are not here: a territory's entry names
 * its promo.
 *
 * @param number 1, 2, 3…
 * @param name e.g. "Promo 2", or null
 * @param period e.g. 2024-2025
 * @param durationMonths e.g. 6, or null
 * @param eligibilityCommitteeDate e.g. 2024-10-10, or null
 * @param coAnimatorIds registry entries of the territories that co-animate it
 * @param modules its modules, in order
 */
public record PromoTerms(
    int number,
    String name,
    String period,
    Integer durationMonths,
    LocalDate eligibilityCommitteeDate,
    List<Long> coAnimatorIds,
    List<PromoModule> modules) {

  static final Pattern PERIOD = Pattern.compile("\\d{4}(-\\d{4})?");

  /**
   * @throws DomainRuleViolation naming the first field that breaks a rule
   */
  public PromoTerms {
    if (number < 1) {
      throw new DomainRuleViolation("number", "starts at 1");
    }
    if (name != null && name.strip().length() > 100) {
      throw new DomainRuleViolation("name", "at most 100 characters");
    }
    name = name == null || name.isBlank() ? null : name.strip();
    if (period == null || !PERIOD.matcher(period.strip()).matches()) {
      throw new DomainRuleViolation("period", "must look like 2024-2025 (or one year)");
    }
    period = period.strip();
    if (durationMonths != null && (durationMonths < 1 || durationMonths > 60)) {
      throw new DomainRuleViolation("durationMonths", "1 to 60 months");
    }
    coAnimatorIds =
        List.copyOf(new LinkedHashSet<>(coAnimatorIds == null ? List.of() : coAnimatorIds));
    modules = List.copyOf(modules == null ? List.of() : modules);
    if (modules.size() > 50) {
      throw new DomainRuleViolation("modules", "at most 50 modules");
    }
  }
}
