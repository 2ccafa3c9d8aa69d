// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.organization;

import java.util.Locale;
import java.util.regex.Pattern;
import org.essaim.node.domain.shared.DomainRuleViolation;

/**
 * The postal address of an organisation (never of a person).
 *
 * @param street street and number, optional
 * @param postalCode e.g. 76000, optional
 * @param city e.g. Rouen
 * @param country ISO 3166-1 alpha-2, FR when absent
 */
public record PostalAddress(String street, String postalCode, String city, String country) {
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

  public PostalAddress {
    street = OrganizationProfile.optional("address.street", street, 200);
    postalCode = OrganizationProfile.optional("address.postalCode", postalCode, 10);
    city = OrganizationProfile.optional("address.city", city, 200);
    if (city == null) {
      throw new DomainRuleViolation("address.city", "must not be blank");
    }
    country =
        country == null || country.isBlank() ? "FR" : country.strip().toUpperCase(Locale.ROOT);
    if (!COUNTRY.matcher(country).matches()) {
      throw new DomainRuleViolation("address.country", "must be an ISO 3166 code such as FR");
    }
  }
}
