// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.organization;

import java.util.regex.Pattern;
import org.essaim.node.domain.shared.DomainRuleViolation;

/** The SIREN number of a French legal entity: exactly nine digits (spaces are tolerated). */
public final class Siren {
  private static final Pattern NINE_DIGITS = Pattern.compile("\\d{9}");

  private Siren() {}

  /**
   * @return the nine digits, or null when {@code value} is null or blank
   * @throws DomainRuleViolation when it is not nine digits
   */
  public static String normalize(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String digits = value.replace(" ", "").replace("\u00a0", "");
    if (!NINE_DIGITS.matcher(digits).matches()) {
      throw new DomainRuleViolation("siren", "must be exactly 9 digits, e.g. 823 456 789");
    }
    return digits;
  }
}
