// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.project;

import java.util.List;
import org.essaim.node.domain.model.dream.Commune;
import org.essaim.node.domain.model.organization.OrganizationProfile;
import org.essaim.node.domain.shared.DomainRuleViolation;
import org.essaim.node.domain.shared.Visibility;

/**
 * Everything about a project but its stage and status, which move through transitions. Taxonomy
 * keys and organisation ids are checked by the application.
 *
 * @param originChallengeId the défi's id, with {@link ProjectOrigin#FROM_CHALLENGE} only (no
 *     foreign key yet: the challenges slice is built in parallel)
 * @param originSourceUri the source solution's http(s) URI, with {@link
 *     ProjectOrigin#TRANSPOSED_FROM} only
 * @param legalForm a {@code legal-forms} key: the target or actual form, optional
 * @param location the commune, optional
 */
public record ProjectDescription(
    String title,
    String summary,
    String description,
    List<String> themes,
    List<String> supportModes,
    ProjectOrigin origin,
    Long originChallengeId,
    String originSourceUri,
    Long carrierOrganizationId,
    String legalForm,
    List<Long> partnerOrganizationIds,
    List<FundingLine> fundings,
    List<ImpactMeasurement> impacts,
    Commune location,
    boolean pepite,
    Visibility visibility) {

  public static final int MAX_TITLE = 200;

  public ProjectDescription {
    title = text("title", title, MAX_TITLE);
    if (title == null) {
      throw new DomainRuleViolation("title", "must not be blank");
    }
    summary = text("summary", summary, 1000);
    description = text("description", description, 10000);
    themes = distinct(themes);
    supportModes = distinct(supportModes);
    if (origin == null) {
      throw new DomainRuleViolation(
          "origin", "must be FROM_CHALLENGE, ACCELERATED_EXISTING or TRANSPOSED_FROM");
    }
    if ((origin == ProjectOrigin.FROM_CHALLENGE) != (originChallengeId != null)) {
      throw new DomainRuleViolation(
          "originChallengeId", "given with origin FROM_CHALLENGE, and only then");
    }
    if (originChallengeId != null && originChallengeId < 1) {
      throw new DomainRuleViolation("originChallengeId", "must be a challenge id");
    }
    originSourceUri = OrganizationProfile.webAddress("originSourceUri", originSourceUri);
    if ((origin == ProjectOrigin.TRANSPOSED_FROM) != (originSourceUri != null)) {
      throw new DomainRuleViolation(
          "originSourceUri", "given with origin TRANSPOSED_FROM, and only then");
    }
    legalForm = text("legalForm", legalForm, 100);
    partnerOrganizationIds =
        partnerOrganizationIds == null
            ? List.of()
            : partnerOrganizationIds.stream().distinct().toList();
    fundings = fundings == null ? List.of() : List.copyOf(fundings);
    impacts = impacts == null ? List.of() : List.copyOf(impacts);
  }

  /**
   * This description naming only the organisations {@code shown} keeps: a public reader must not
   * learn even the id of an organisation the directory keeps private.
   */
  public ProjectDescription withOrganizationsOnly(java.util.function.LongPredicate shown) {
    return new ProjectDescription(
        title,
        summary,
        description,
        themes,
        supportModes,
        origin,
        originChallengeId,
        originSourceUri,
        carrierOrganizationId != null && shown.test(carrierOrganizationId)
            ? carrierOrganizationId
            : null,
        legalForm,
        partnerOrganizationIds.stream().filter(shown::test).toList(),
        fundings,
        impacts,
        location,
        pepite,
        visibility);
  }

  private static List<String> distinct(List<String> keys) {
    return keys == null
        ? List.of()
        : keys.stream()
            .filter(k -> k != null && !k.isBlank())
            .map(String::strip)
            .distinct()
            .toList();
  }

  private static String text(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String stripped = value.strip();
    if (stripped.length() > max) {
      throw new DomainRuleViolation(field, "at most " + max + " characters");
    }
    return stripped;
  }
}
