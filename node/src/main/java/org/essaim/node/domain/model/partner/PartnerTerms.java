// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.partner;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.essaim.node.domain.shared.DomainRuleViolation;

/**
 * How an organisation partners with the territory.
 *
 * @param organizationId the organisation of the directory
 * @param inCircle whether it belongs to the circle of trusted partners
 * @param circleSince since when, only when in the circle (optional)
 * @param roleMailbox a role address such as contact@…, never a person's (optional)
 * @param contributions what it brings
 */
public record PartnerTerms(
    long organizationId,
    boolean inCircle,
    LocalDate circleSince,
    String roleMailbox,
    List<Contribution> contributions) {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  public PartnerTerms {
    if (!inCircle && circleSince != null) {
      throw new DomainRuleViolation("circleSince", "only for a member of the circle");
    }
    if (roleMailbox != null && roleMailbox.isBlank()) {
      roleMailbox = null;
    }
    if (roleMailbox != null) {
      roleMailbox = roleMailbox.strip();
      if (roleMailbox.length() > 254 || !EMAIL.matcher(roleMailbox).matches()) {
        throw new DomainRuleViolation("roleMailbox", "must be an email address such as contact@…");
      }
    }
    contributions = contributions == null ? List.of() : List.copyOf(contributions);
  }
}
