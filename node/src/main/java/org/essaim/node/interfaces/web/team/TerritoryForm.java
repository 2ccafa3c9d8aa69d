// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.team;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.essaim.node.domain.model.territory.CarrierOrganization;
import org.essaim.node.domain.model.territory.LabelStatus;
import org.essaim.node.domain.model.territory.PerimeterArea;
import org.essaim.node.domain.model.territory.PerimeterLevel;
import org.essaim.node.domain.model.territory.TerritoryProfile;
import org.essaim.node.domain.shared.DomainRuleViolation;
import org.essaim.node.interfaces.web.WebMessages;
import org.essaim.node.interfaces.web.WebPage;

/**
 * What the territory form sent, as typed, and the errors found under each field's name. The
 * perimeter is written one area per line (« COMMUNE 54329 Lunéville »), the carrier organisations
 * one per line with an optional website after a « | »; a wrong line is named in its field's error.
 * The rules are {@link TerritoryProfile}'s.
 */
public final class TerritoryForm {

  private static final String[] FIELDS = {
    "name",
    "localBrandName",
    "country",
    "timeZone",
    "labelStatus",
    "publicContact",
    "website",
    "perimeter",
    "carrierOrganizations"
  };

  private final Map<String, String> values = new LinkedHashMap<>();
  private final Map<String, String> errors = new LinkedHashMap<>();

  private TerritoryForm() {}

  static TerritoryForm of(TerritoryProfile p) {
    TerritoryForm form = new TerritoryForm();
    form.values.put("name", p.name());
    form.values.put("localBrandName", p.localBrand().orElse(""));
    form.values.put("country", p.country());
    form.values.put("timeZone", p.timeZone().getId());
    form.values.put("labelStatus", p.labelStatus().name());
    form.values.put("publicContact", p.publicContact() == null ? "" : p.publicContact());
    form.values.put("website", p.website() == null ? "" : p.website().toString());
    form.values.put(
        "perimeter",
        p.perimeter().stream()
            .map(a -> a.level().name() + " " + a.code() + " " + a.label())
            .collect(Collectors.joining("\n")));
    form.values.put(
        "carrierOrganizations",
        p.carrierOrganizations().stream()
            .map(c -> c.website().map(w -> c.name() + " | " + w).orElse(c.name()))
            .collect(Collectors.joining("\n")));
    return form;
  }

  static TerritoryForm read(HttpServletRequest request) {
    TerritoryForm form = new TerritoryForm();
    for (String field : FIELDS) {
      String value = request.getParameter(field);
      form.values.put(field, value == null ? "" : value);
    }
    return form;
  }

  /** The profile, or empty with {@link #errors()} filled in. */
  Optional<TerritoryProfile> validate(Locale locale) {
    if (values.get("name").isBlank()) {
      reject("name", locale, "teamTerritory.error.name");
    }
    limit("name", 200, locale);
    limit("localBrandName", 200, locale);
    String country = values.get("country").strip();
    if (!List.of(Locale.getISOCountries()).contains(country)) {
      reject("country", locale, "teamProjects.error.choice");
    }
    ZoneId zone = null;
    try {
      zone = ZoneId.of(values.get("timeZone").strip());
    } catch (DateTimeException e) {
      reject("timeZone", locale, "teamTerritory.error.timeZone");
    }
    LabelStatus status = WebPage.named(LabelStatus.class, values.get("labelStatus")).orElse(null);
    if (status == null) {
      reject("labelStatus", locale, "teamProjects.error.choice");
    }
    String contact = values.get("publicContact").strip();
    URI website = address("website", values.get("website"), locale);
    List<PerimeterArea> perimeter = perimeter(locale);
    List<CarrierOrganization> carriers = carriers(locale);
    if (!errors.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new TerritoryProfile(
              values.get("name"),
              values.get("localBrandName"),
              country,
              zone,
              perimeter,
              carriers,
              status,
              contact.isEmpty() ? null : contact,
              website));
    } catch (DomainRuleViolation e) {
      if (e.field().equals("publicContact")) {
        reject("publicContact", locale, "teamTerritory.error.publicContact");
      } else if (e.field().equals("website")) {
        reject("website", locale, "teamTerritory.error.website");
      } else {
        errors.put(e.field(), e.getMessage());
      }
      return Optional.empty();
    }
  }

  private List<PerimeterArea> perimeter(Locale locale) {
    List<PerimeterArea> areas = new ArrayList<>();
    int number = 0;
    for (String line : values.get("perimeter").lines().toList()) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      String[] parts = line.strip().split("\\s+", 3);
      PerimeterLevel level =
          Arrays.stream(PerimeterLevel.values())
              .filter(l -> l.name().equalsIgnoreCase(parts[0]))
              .findFirst()
              .orElse(null);
      if (parts.length < 3
          || level == null
          || !level.accepts(parts[1])
          || parts[2].length() > 200) {
        reject("perimeter", locale, "teamTerritory.error.perimeterLine", number);
        return List.of();
      }
      areas.add(new PerimeterArea(level, parts[1], parts[2]));
    }
    if (areas.size() > TerritoryProfile.MAX_PERIMETER_AREAS) {
      reject(
          "perimeter",
          locale,
          "teamSolutions.error.tooManyLines",
          TerritoryProfile.MAX_PERIMETER_AREAS);
    }
    return areas;
  }

  private List<CarrierOrganization> carriers(Locale locale) {
    List<CarrierOrganization> carriers = new ArrayList<>();
    int number = 0;
    for (String line : values.get("carrierOrganizations").lines().toList()) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      int bar = line.indexOf('|');
      String name = (bar < 0 ? line : line.substring(0, bar)).strip();
      URI site = bar < 0 ? null : address("carrierOrganizations", line.substring(bar + 1), locale);
      if (name.isEmpty() || name.length() > 200) {
        reject("carrierOrganizations", locale, "teamTerritory.error.carrierLine", number);
        return List.of();
      }
      try {
        carriers.add(new CarrierOrganization(name, site));
      } catch (DomainRuleViolation e) {
        reject("carrierOrganizations", locale, "teamTerritory.error.carrierLine", number);
        return List.of();
      }
    }
    if (carriers.size() > TerritoryProfile.MAX_CARRIER_ORGANIZATIONS) {
      reject(
          "carrierOrganizations",
          locale,
          "teamSolutions.error.tooManyLines",
          TerritoryProfile.MAX_CARRIER_ORGANIZATIONS);
    }
    return carriers;
  }

  /** An http(s) address, or null when blank; an error under {@code field} otherwise. */
  private URI address(String field, String value, Locale locale) {
    String text = value.strip();
    if (text.isEmpty()) {
      return null;
    }
    try {
      URI uri = new URI(text);
      if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
          && uri.getHost() != null
          && text.length() <= 500) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // Said below, like any other wrong address.
    }
    reject(field, locale, "teamTerritory.error.website");
    return null;
  }

  private void limit(String field, int max, Locale locale) {
    if (values.get(field).strip().length() > max) {
      reject(field, locale, "teamProjects.error.tooLong", max);
    }
  }

  private void reject(String field, Locale locale, String key, Object... arguments) {
    errors.putIfAbsent(field, WebMessages.text(locale, key, arguments));
  }

  public Map<String, String> values() {
    return values;
  }

  public Map<String, String> errors() {
    return errors;
  }
}
