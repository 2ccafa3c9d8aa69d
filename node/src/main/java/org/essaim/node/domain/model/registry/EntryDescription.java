// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.registry;

import java.util.Set;
import org.essaim.node.domain.shared.DomainRuleViolation;

/**
 * What the national team records about a territory, apart from its actor and label status.
 *
 * @param name e.g. "Lons-le-Saunier / Jura"
 * @param region e.g. "Bourgogne-Franche-Comté", "Guyane", "Luxembourg"
 * @param department e.g. "Jura (39)", or null
 * @param country FR (Guyane included) or LU
 * @param promoId the promo it belongs or belonged to, or null
 */
public record EntryDescription(
    String name, String region, String department, String country, Long promoId) {

  static final int MAX_NAME = 200;
  static final int MAX_AREA = 100;
  static final Set<String> COUNTRIES = Set.of("FR", "LU");

  /**
   * @throws DomainRuleViolation naming the first field that breaks a rule
   */
  public EntryDescription {
    name = required("name", name, MAX_NAME);
    region = required("region", region, MAX_AREA);
    department = optional("department", department, MAX_AREA);
    if (country == null || !COUNTRIES.contains(country.strip())) {
      throw new DomainRuleViolation("country", "must be FR or LU (Guyane is FR)");
    }
    country = country.strip();
  }

  private static String required(String field, String value, int max) {
    String v = optional(field, value, max);
    if (v == null) {
      throw new DomainRuleViolation(field, "is required");
    }
    return v;
  }

  private static String optional(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    if (v.length() > max) {
      throw new DomainRuleViolation(field, "at most " + max + " characters");
    }
    return v;
  }
}
