// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.solution;

import java.math.BigDecimal;
import org.essaim.node.domain.shared.DomainRuleViolation;

/**
 * What taking up a solution costs, in euros, as a range (e.g. the TAg35 idéateur « entre 10 000 et
 * 12 000 euros » per session). Either bound may be absent; a single figure has both equal.
 *
 * @param minEur the lower bound, at least 0
 * @param maxEur the upper bound, not below the lower one
 * @param note what the amount covers, per what (session, year, site…)
 */
public record CostRange(BigDecimal minEur, BigDecimal maxEur, String note) {

  private static final BigDecimal MAX = new BigDecimal("999999999999.99");

  public CostRange {
    amount("costs.minEur", minEur);
    amount("costs.maxEur", maxEur);
    if (minEur != null && maxEur != null && maxEur.compareTo(minEur) < 0) {
      throw new DomainRuleViolation("costs.maxEur", "must not be below minEur");
    }
    note = Texts.optional("costs.note", note, 1000);
  }

  private static void amount(String field, BigDecimal value) {
    if (value != null && (value.signum() < 0 || value.compareTo(MAX) > 0)) {
      throw new DomainRuleViolation(field, "must be between 0 and " + MAX.toPlainString());
    }
  }

  public boolean isEmpty() {
    return minEur == null && maxEur == null && note == null;
  }
}
