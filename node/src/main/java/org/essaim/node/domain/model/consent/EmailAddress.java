// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.consent;

import java.util.Locale;
import java.util.regex.Pattern;
import org.essaim.node.domain.shared.DomainRuleViolation;

/**
 * An email address in the one form the node stores and looks up: trimmed and in lower case, so that
 * « Alice@Example.org » and « alice@example.org » are the same person for export and erasure.
 */
public final class EmailAddress {
  public static final int MAX_LENGTH = 254;
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private EmailAddress() {}

  /**
   * @return the normalised address, or null when {@code value} is null or blank
   * @throws DomainRuleViolation when it is not an email address
   */
  public static String normalise(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String email = value.strip().toLowerCase(Locale.ROOT);
    if (email.length() > MAX_LENGTH || !EMAIL.matcher(email).matches()) {
      throw new DomainRuleViolation(field, "must be an email address");
    }
    return email;
  }
}
