// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.dream;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.essaim.node.domain.model.dream.AgeBand;
import org.essaim.node.domain.model.dream.ContributorType;
import org.essaim.node.domain.model.dream.DreamSubmission;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.domain.model.taxonomy.TaxonomyScheme;
import org.essaim.node.domain.shared.DomainRuleViolation;
import org.essaim.node.interfaces.web.WebMessages;
import org.essaim.node.interfaces.web.WebPage;

/**
 * What the form sent, as typed (to show it again), and the errors found, each in the visitor's
 * language under the field's name. The rules are the domain's ({@link DreamSubmission}); they are
 * checked here first only to word each message for an inhabitant rather than for a developer.
 */
public final class DreamForm {

  static final int MAX_EMAIL = 254;
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private final String text;
  private final List<String> themes;
  private final String contributorType;
  private final String ageBand;
  private final String contactEmail;
  private final boolean contactConsent;
  private final String website;
  private final Map<String, String> errors = new LinkedHashMap<>();

  DreamForm(
      String text,
      List<String> themes,
      String contributorType,
      String ageBand,
      String contactEmail,
      boolean contactConsent,
      String website) {
    this.text = text;
    this.themes = themes;
    this.contributorType = contributorType;
    this.ageBand = ageBand;
    this.contactEmail = contactEmail;
    this.contactConsent = contactConsent;
    this.website = website;
  }

  /** An empty form: an inhabitant, no theme yet. */
  static DreamForm blank() {
    return new DreamForm("", List.of(), ContributorType.INHABITANT.name(), "", "", false, "");
  }

  static DreamForm read(HttpServletRequest request) {
    String[] themes = request.getParameterValues("themes");
    return new DreamForm(
        value(request, "text"),
        themes == null ? List.of() : Arrays.stream(themes).limit(50).toList(),
        value(request, "contributorType"),
        value(request, "ageBand"),
        value(request, "contactEmail"),
        "on".equals(request.getParameter("contactConsent")),
        value(request, "website"));
  }

  private static String value(HttpServletRequest request, String name) {
    String v = request.getParameter(name);
    return v == null ? "" : v;
  }

  /** Only a bot fills the field the form hides. */
  boolean honeypotFilled() {
    return !website.isBlank();
  }

  /** The submission, or empty with {@link #errors()} filled in. */
  Optional<DreamSubmission> validate(Taxonomy taxonomy, Locale locale) {
    if (text.isBlank()) {
      reject("text", locale, "dream.error.text.required");
    } else if (text.strip().length() > DreamSubmission.MAX_TEXT_LENGTH) {
      reject("text", locale, "dream.error.text.tooLong", DreamSubmission.MAX_TEXT_LENGTH);
    }
    if (themes.size() > DreamSubmission.MAX_THEMES
        || themes.stream().anyMatch(t -> !taxonomy.contains(TaxonomyScheme.THEMES, t))) {
      reject("themes", locale, "dream.error.themes", DreamSubmission.MAX_THEMES);
    }
    ContributorType contributor =
        WebPage.named(ContributorType.class, contributorType).orElse(null);
    if (contributor == null) {
      reject("contributorType", locale, "dream.error.contributorType");
    }
    AgeBand age = null;
    if (!ageBand.isBlank()) {
      age = AgeBand.byCode(ageBand).orElse(null);
      if (age == null) {
        reject("ageBand", locale, "dream.error.ageBand");
      }
    }
    String email = contactEmail.strip();
    if (!email.isEmpty()) {
      if (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
        reject("contactEmail", locale, "dream.error.contactEmail");
      } else if (age != null && age.isChild()) {
        reject("contactEmail", locale, "dream.error.child");
      } else if (!contactConsent) {
        reject("contactConsent", locale, "dream.error.consent");
      }
    }
    if (!errors.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new DreamSubmission(text, themes, null, contributor, age, email, null, contactConsent));
    } catch (DomainRuleViolation e) {
      // A rule the form does not word itself: the domain's own message, on its field.
      errors.put(e.field(), e.getMessage());
      return Optional.empty();
    }
  }

  private void reject(String field, Locale locale, String key, Object... arguments) {
    errors.putIfAbsent(field, WebMessages.text(locale, key, arguments));
  }

  public Map<String, String> errors() {
    return errors;
  }

  public String text() {
    return text;
  }

  public List<String> themes() {
    return themes;
  }

  public String contributorType() {
    return contributorType;
  }

  public String ageBand() {
    return ageBand;
  }

  public String contactEmail() {
    return contactEmail;
  }

  public boolean contactConsent() {
    return contactConsent;
  }
}
