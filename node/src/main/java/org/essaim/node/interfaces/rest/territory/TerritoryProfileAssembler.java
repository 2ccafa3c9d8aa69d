// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.territory;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.essaim.node.application.FieldError;
import org.essaim.node.application.InvalidInputException;
import org.essaim.node.application.TerritoryView;
import org.essaim.node.domain.model.territory.CarrierOrganization;
import org.essaim.node.domain.model.territory.LabelStatus;
import org.essaim.node.domain.model.territory.PerimeterArea;
import org.essaim.node.domain.model.territory.PerimeterLevel;
import org.essaim.node.domain.model.territory.TerritoryProfile;
import org.essaim.node.domain.shared.DomainRuleViolation;

/**
 * Translates between the JSON document and the domain profile. Conversion errors are collected with
 * their field paths, so the client learns about every bad value in one answer.
 */
final class TerritoryProfileAssembler {

  private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

  private final List<FieldError> errors;

  private TerritoryProfileAssembler(List<FieldError> earlierErrors) {
    this.errors = new ArrayList<>(earlierErrors);
  }

  /**
   * @param earlierErrors what validation already found wrong with the document
   * @throws InvalidInputException listing every value that cannot become part of a profile
   */
  static TerritoryProfile toProfile(
      TerritoryProfileDocument document, List<FieldError> earlierErrors) {
    return new TerritoryProfileAssembler(earlierErrors).convert(document);
  }

  static TerritoryProfileDocument toDocument(TerritoryView view) {
    TerritoryProfile profile = view.profile();
    return new TerritoryProfileDocument(
        profile.name(),
        profile.localBrandName(),
        profile.country(),
        profile.timeZone().getId(),
        profile.perimeter().stream()
            .map(a -> new PerimeterAreaDocument(a.level().name(), a.code(), a.label()))
            .toList(),
        profile.carrierOrganizations().stream()
            .map(
                o ->
                    new CarrierOrganizationDocument(
                        o.name(), o.website().map(URI::toString).orElse(null)))
            .toList(),
        profile.labelStatus().name(),
        profile.publicContact(),
        profile.website() == null ? null : profile.website().toString(),
        view.version(),
        view.updatedAt());
  }

  private TerritoryProfile convert(TerritoryProfileDocument document) {
    if (!ISO_COUNTRIES.contains(document.country())) {
      reject("country", "must be an ISO 3166-1 alpha-2 code such as FR or LU");
    }
    ZoneId zone = attempt("timeZone", () -> ZoneId.of(document.timeZone()));
    LabelStatus status = enumValue("labelStatus", LabelStatus.class, document.labelStatus());
    URI website = webAddress("website", document.website());

    List<PerimeterArea> perimeter = new ArrayList<>();
    List<PerimeterAreaDocument> areas = orEmpty(document.perimeter());
    for (int i = 0; i < areas.size(); i++) {
      PerimeterAreaDocument area = areas.get(i);
      String path = "perimeter[" + i + "]";
      PerimeterLevel level = enumValue(path + ".level", PerimeterLevel.class, area.level());
      if (level != null) {
        PerimeterArea converted =
            attempt(path, () -> new PerimeterArea(level, area.code(), area.label()));
        if (converted != null) {
          perimeter.add(converted);
        }
      }
    }

    List<CarrierOrganization> carriers = new ArrayList<>();
    List<CarrierOrganizationDocument> organizations = orEmpty(document.carrierOrganizations());
    for (int i = 0; i < organizations.size(); i++) {
      CarrierOrganizationDocument organization = organizations.get(i);
      String path = "carrierOrganizations[" + i + "]";
      URI orgWebsite = webAddress(path + ".website", organization.website());
      CarrierOrganization converted =
          attempt(path, () -> new CarrierOrganization(organization.name(), orgWebsite));
      if (converted != null) {
        carriers.add(converted);
      }
    }

    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    TerritoryProfile profile =
        attempt(
            "",
            () ->
                new TerritoryProfile(
                    document.name(),
                    document.localBrandName(),
                    document.country(),
                    zone,
                    perimeter,
                    carriers,
                    status,
                    document.publicContact(),
                    website));
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return profile;
  }

  private <E extends Enum<E>> E enumValue(String field, Class<E> type, String value) {
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException | NullPointerException e) {
      reject(field, "must be one of " + List.of(type.getEnumConstants()));
      return null;
    }
  }

  private URI webAddress(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      URI uri = new URI(value.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    reject(field, "must be an absolute http(s) address");
    return null;
  }

  private <T> T attempt(String field, Supplier<T> conversion) {
    try {
      return conversion.get();
    } catch (DomainRuleViolation e) {
      String path = field.isEmpty() ? e.field() : field + "." + e.field();
      reject(path, e.getMessage());
    } catch (DateTimeException e) {
      reject(field, "must be an IANA time zone such as Europe/Paris");
    }
    return null;
  }

  private void reject(String field, String message) {
    // One message per field: the first reason is the one to fix.
    if (errors.stream().noneMatch(e -> e.field().equals(field))) {
      errors.add(new FieldError(field, message));
    }
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
