// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.organization;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Year;
import java.util.List;
import org.essaim.node.domain.shared.DomainRuleViolation;
import org.essaim.node.domain.shared.Visibility;

/**
 * What describes an organisation. Legal form and roles are taxonomy keys (schemes {@code
 * legal-forms} and {@code structure-roles}), checked against the taxonomy by the application.
 *
 * @param name e.g. "Les Ateliers des Hauts"
 * @param acronym e.g. "GAIA", optional
 * @param legalForm a {@code legal-forms} key, optional
 * @param roles {@code structure-roles} keys, separate from the legal form (a PTCE is not a status)
 * @param foundedYear e.g. 2017, optional
 * @param presentation free text, optional
 * @param website an http(s) address, optional
 * @param address the organisation's postal address, optional
 * @param siren nine digits, optional; unique in the directory when present
 * @param visibility who may read it; null: the node's default for a new organisation, unchanged
 *     otherwise
 */
public record OrganizationProfile(
    String name,
    String acronym,
    String legalForm,
    List<String> roles,
    Integer foundedYear,
    String presentation,
    String website,
    PostalAddress address,
    String siren,
    Visibility visibility) {

  public static final int MAX_NAME = 200;

  public OrganizationProfile {
    name = optional("name", name, MAX_NAME);
    if (name == null) {
      throw new DomainRuleViolation("name", "must not be blank");
    }
    acronym = optional("acronym", acronym, 50);
    legalForm = optional("legalForm", legalForm, 100);
    roles = roles == null ? List.of() : roles.stream().map(String::strip).distinct().toList();
    if (foundedYear != null && (foundedYear < 1000 || foundedYear > Year.now().getValue() + 1)) {
      throw new DomainRuleViolation("foundedYear", "must be a year such as 2017");
    }
    presentation = optional("presentation", presentation, 4000);
    website = webAddress("website", website);
    siren = Siren.normalize(siren);
  }

  static String optional(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String stripped = value.strip();
    if (stripped.length() > max) {
      throw new DomainRuleViolation(field, "at most " + max + " characters");
    }
    return stripped;
  }

  /** An absolute http(s) address, or null when blank. */
  public static String webAddress(String field, String value) {
    String text = optional(field, value, 500);
    if (text == null) {
      return null;
    }
    try {
      URI uri = new URI(text);
      if (uri.getHost() == null
          || !("http".equalsIgnoreCase(uri.getScheme())
              || "https".equalsIgnoreCase(uri.getScheme()))) {
        throw new DomainRuleViolation(field, "must be an http(s) address");
      }
      return text;
    } catch (URISyntaxException e) {
      throw new DomainRuleViolation(field, "must be an http(s) address");
    }
  }
}
