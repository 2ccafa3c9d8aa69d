// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.team;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.essaim.node.application.OrganizationView;
import org.essaim.node.domain.model.organization.OrganizationProfile;
import org.essaim.node.domain.model.organization.PostalAddress;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.domain.model.taxonomy.TaxonomyScheme;
import org.essaim.node.domain.shared.DomainRuleViolation;
import org.essaim.node.domain.shared.Visibility;
import org.essaim.node.interfaces.web.WebMessages;
import org.essaim.node.interfaces.web.WebPage;

/**
 * What the organisation form sent, as typed, and the errors found under each field's name. The
 * rules are {@link OrganizationProfile}'s and {@link PostalAddress}'s (the address is optional, but
 * an address needs its city); the legal form and roles are keys of the taxonomy.
 */
public final class OrganizationForm {

  private static final int MAX_KEYS = 50;
  private static final String[] FIELDS = {
    "name",
    "acronym",
    "legalForm",
    "foundedYear",
    "presentation",
    "website",
    "street",
    "postalCode",
    "city",
    "siren",
    "visibility"
  };

  private final Map<String, String> values = new LinkedHashMap<>();
  private final List<String> roles;
  private final Map<String, String> errors = new LinkedHashMap<>();

  private OrganizationForm(List<String> roles) {
    this.roles = roles;
  }

  static OrganizationForm blank() {
    OrganizationForm form = new OrganizationForm(List.of());
    for (String field : FIELDS) {
      form.values.put(field, "");
    }
    return form;
  }

  static OrganizationForm of(OrganizationView view) {
    OrganizationProfile p = view.profile();
    OrganizationForm form = new OrganizationForm(p.roles());
    form.values.put("name", p.name());
    form.values.put("acronym", text(p.acronym()));
    form.values.put("legalForm", text(p.legalForm()));
    form.values.put("foundedYear", p.foundedYear() == null ? "" : p.foundedYear().toString());
    form.values.put("presentation", text(p.presentation()));
    form.values.put("website", text(p.website()));
    PostalAddress address = p.address();
    form.values.put("street", address == null ? "" : text(address.street()));
    form.values.put("postalCode", address == null ? "" : text(address.postalCode()));
    form.values.put("city", address == null ? "" : text(address.city()));
    form.values.put("siren", text(p.siren()));
    form.values.put("visibility", p.visibility() == null ? "" : p.visibility().name());
    return form;
  }

  static OrganizationForm read(HttpServletRequest request) {
    String[] roles = request.getParameterValues("roles");
    OrganizationForm form =
        new OrganizationForm(
            roles == null ? List.of() : Arrays.stream(roles).limit(MAX_KEYS + 1L).toList());
    for (String field : FIELDS) {
      String value = request.getParameter(field);
      form.values.put(field, value == null ? "" : value);
    }
    return form;
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }

  /** The profile, or empty with {@link #errors()} filled in. */
  Optional<OrganizationProfile> validate(Taxonomy taxonomy, Locale locale) {
    if (values.get("name").isBlank()) {
      reject("name", locale, "teamOrganizations.error.name");
    }
    String legalForm = values.get("legalForm");
    if (!legalForm.isEmpty() && !taxonomy.contains(TaxonomyScheme.LEGAL_FORMS, legalForm)) {
      reject("legalForm", locale, "teamProjects.error.choice");
    }
    if (roles.size() > MAX_KEYS
        || roles.stream().anyMatch(r -> !taxonomy.contains(TaxonomyScheme.STRUCTURE_ROLES, r))) {
      reject("roles", locale, "teamProjects.error.choice");
    }
    Integer year = null;
    String typedYear = values.get("foundedYear").strip();
    if (!typedYear.isEmpty()) {
      if (typedYear.matches("[0-9]{4}")) {
        year = Integer.valueOf(typedYear);
      } else {
        reject("foundedYear", locale, "teamOrganizations.error.foundedYear");
      }
    }
    Visibility visibility = null;
    if (!values.get("visibility").isEmpty()) {
      visibility = WebPage.named(Visibility.class, values.get("visibility")).orElse(null);
      if (visibility == null) {
        reject("visibility", locale, "teamProjects.error.choice");
      }
    }
    if (!errors.isEmpty()) {
      return Optional.empty();
    }
    try {
      boolean noAddress =
          values.get("street").isBlank()
              && values.get("postalCode").isBlank()
              && values.get("city").isBlank();
      PostalAddress address =
          noAddress
              ? null
              : new PostalAddress(
                  values.get("street"), values.get("postalCode"), values.get("city"), "FR");
      return Optional.of(
          new OrganizationProfile(
              values.get("name"),
              values.get("acronym"),
              legalForm.isEmpty() ? null : legalForm,
              roles,
              year,
              values.get("presentation"),
              values.get("website"),
              address,
              values.get("siren"),
              visibility));
    } catch (DomainRuleViolation e) {
      refused(e.field(), e.getMessage(), locale);
      return Optional.empty();
    }
  }

  /** A rule of the domain or the service, in words next to its field. */
  void refused(String field, String message, Locale locale) {
    switch (field) {
      case "foundedYear" -> reject("foundedYear", locale, "teamOrganizations.error.foundedYear");
      case "website" -> reject("website", locale, "teamTerritory.error.website");
      case "siren" -> reject("siren", locale, "teamOrganizations.error.siren");
      case "address.city" -> reject("city", locale, "teamOrganizations.error.city");
      case "address.street" -> errors.putIfAbsent("street", message);
      case "address.postalCode" -> errors.putIfAbsent("postalCode", message);
      default -> errors.putIfAbsent(field, message);
    }
  }

  private void reject(String field, Locale locale, String key, Object... arguments) {
    errors.putIfAbsent(field, WebMessages.text(locale, key, arguments));
  }

  public Map<String, String> values() {
    return values;
  }

  public List<String> roles() {
    return roles;
  }

  public Map<String, String> errors() {
    return errors;
  }
}
