// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.dream;

import java.util.List;
import java.util.regex.Pattern;
import org.essaim.node.domain.shared.DomainRuleViolation;

/**
 * What someone sends when they share a dream, an idea or a need, checked as a whole. Theme keys are
 * checked against the taxonomy by the service (the taxonomy is not a value the domain holds).
 *
 * <p>The contact fields are personal data: accepted only with explicit consent, never from a child
 * under 15, and never federated nor shown to the public.
 *
 * @param text the dream itself, at most {@value #MAX_TEXT_LENGTH} characters
 * @param themes theme keys of the taxonomy, possibly empty
 * @param commune the commune it is about, or null
 * @param contributorType the kind of actor who sends it
 * @param ageBand a coarse age band, or null when not given
 * @param contactEmail how to reach the contributor, or null
 * @param contactPhone how to reach the contributor, or null
 * @param contactConsent whether the contributor explicitly agreed to be contacted
 */
public record DreamSubmission(
    String text,
    List<String> themes,
    Commune commune,
    ContributorType contributorType,
    AgeBand ageBand,
    String contactEmail,
    String contactPhone,
    boolean contactConsent) {

  public static final int MAX_TEXT_LENGTH = 2000;
  public static final int MAX_THEMES = 10;

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 .()-]{5,24}");

  public DreamSubmission {
    if (text == null || text.isBlank()) {
      throw new DomainRuleViolation("text", "tell us your dream, idea or need");
    }
    text = text.strip();
    if (text.length() > MAX_TEXT_LENGTH) {
      throw new DomainRuleViolation("text", "at most " + MAX_TEXT_LENGTH + " characters");
    }
    themes = List.copyOf(themes == null ? List.of() : themes);
    if (themes.size() > MAX_THEMES) {
      throw new DomainRuleViolation("themes", "at most " + MAX_THEMES + " themes");
    }
    if (contributorType == null) {
      throw new DomainRuleViolation(
          "contributorType", "say who you are (inhabitant, association…)");
    }
    contactEmail = blankToNull(contactEmail);
    contactPhone = blankToNull(contactPhone);
    if (contactEmail != null
        && (contactEmail.length() > 254 || !EMAIL.matcher(contactEmail).matches())) {
      throw new DomainRuleViolation("contactEmail", "must be an email address");
    }
    if (contactPhone != null && !PHONE.matcher(contactPhone).matches()) {
      throw new DomainRuleViolation("contactPhone", "must be a phone number");
    }
    boolean hasContact = contactEmail != null || contactPhone != null;
    if (hasContact && ageBand != null && ageBand.isChild()) {
      throw new DomainRuleViolation(
          contactEmail != null ? "contactEmail" : "contactPhone",
          "children under 15 may not leave contact details; the team reaches them through their"
              + " school or association");
    }
    if (hasContact && !contactConsent) {
      throw new DomainRuleViolation(
          "contactConsent",
          "must be true to leave contact details: we keep them only with consent");
    }
    // Consent without anything to consent to records nothing.
    contactConsent = hasContact;
  }

  public boolean hasContact() {
    return contactEmail != null || contactPhone != null;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
