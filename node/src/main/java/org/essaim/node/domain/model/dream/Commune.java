// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.dream;

import java.util.regex.Pattern;
import org.essaim.node.domain.shared.DomainRuleViolation;

/**
 * The commune a dream is about, by its INSEE code: coarse on purpose, never an address.
 *
 * @param code INSEE code: five characters, Corsica's 2A/2B included (e.g. 39300, 2A004)
 * @param label its name, e.g. "Lons-le-Saunier"
 */
public record Commune(String code, String label) {

  private static final Pattern INSEE = Pattern.compile("(?:\\d{2}|2A|2B)\\d{3}");

  public Commune {
    if (code == null || !INSEE.matcher(code.strip()).matches()) {
      throw new DomainRuleViolation("commune.code", "must be an INSEE commune code such as 39300");
    }
    code = code.strip();
    if (label == null || label.isBlank()) {
      throw new DomainRuleViolation("commune.label", "must not be blank");
    }
    label = label.strip();
    if (label.length() > 200) {
      throw new DomainRuleViolation("commune.label", "at most 200 characters");
    }
  }
}
