// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.territory;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.essaim.node.domain.shared.DomainRuleViolation;

/**
 * Everything a territory says about itself in public: the values an administrator edits as one
 * whole. Building one checks every rule, so a Territory never holds a half-valid profile.
 *
 * @param name the territory, e.g. "Meurthe-et-Moselle"
 * @param localBrandName the local name of the dynamic, e.g. "Crépîte" (Jura), or null
 * @param country ISO 3166-1 alpha-2 code: FR or LU in the Start-Up de Territoire network
 * @param timeZone where the territory's events take place, e.g. America/Cayenne for Guyane
 * @param perimeter the areas it covers, in display order
 * @param carrierOrganizations the « structures porteuses », in display order
 * @param labelStatus where it stands on the labelling path
 * @param publicContact a role mailbox (contact@…), never a person's address; or null
 * @param website the territory's website, or null
 */
public record TerritoryProfile(
    String name,
    String localBrandName,
    String country,
    ZoneId timeZone,
    List<PerimeterArea> perimeter,
    List<CarrierOrganization> carrierOrganizations,
    LabelStatus labelStatus,
    String publicContact,
    URI website) {

  public static final int MAX_PERIMETER_AREAS = 500;
  public static final int MAX_CARRIER_ORGANIZATIONS = 50;

  private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());
  // Deliberately simple: one @, no spaces, a dot in the domain. Full RFC 5322 is not the point.
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  public TerritoryProfile {
    if (name == null || name.isBlank()) {
      throw new DomainRuleViolation("name", "the territory needs a name");
    }
    name = name.strip();
    localBrandName =
        localBrandName == null || localBrandName.isBlank() ? null : localBrandName.strip();
    if (country == null || !ISO_COUNTRIES.contains(country)) {
      throw new DomainRuleViolation("country", "must be an ISO 3166-1 alpha-2 code such as FR");
    }
    Objects.requireNonNull(timeZone, "timeZone is required");
    perimeter = List.copyOf(perimeter == null ? List.of() : perimeter);
    if (perimeter.size() > MAX_PERIMETER_AREAS) {
      throw new DomainRuleViolation("perimeter", "at most " + MAX_PERIMETER_AREAS + " areas");
    }
    carrierOrganizations =
        List.copyOf(carrierOrganizations == null ? List.of() : carrierOrganizations);
    if (carrierOrganizations.size() > MAX_CARRIER_ORGANIZATIONS) {
      throw new DomainRuleViolation(
          "carrierOrganizations", "at most " + MAX_CARRIER_ORGANIZATIONS + " organisations");
    }
    labelStatus = labelStatus == null ? LabelStatus.PROSPECT : labelStatus;
    if (publicContact != null && !EMAIL.matcher(publicContact).matches()) {
      throw new DomainRuleViolation("publicContact", "must be an email address");
    }
    if (website != null) {
      WebAddresses.requireHttp("website", website);
    }
  }

  /** The profile a node starts with, before its administrators describe the territory. */
  public static TerritoryProfile initial(String name, String country, ZoneId timeZone) {
    return new TerritoryProfile(
        name, null, country, timeZone, List.of(), List.of(), LabelStatus.PROSPECT, null, null);
  }

  public Optional<String> localBrand() {
    return Optional.ofNullable(localBrandName);
  }
}
