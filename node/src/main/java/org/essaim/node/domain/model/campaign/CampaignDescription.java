// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.campaign;

import java.time.LocalDate;
import org.essaim.node.domain.shared.DomainRuleViolation;

/**
 * What the team says about a campaign, edited as one whole. Building one checks every rule.
 *
 * @param name the edition, e.g. "Crépîte 2024"
 * @param localBrandName the local name of the dynamic, e.g. "Crépîte"
 * @param subTerritory the « bassin » it runs in when not the whole territory, e.g. "Lunévillois";
 *     or null
 * @param startDate the first day
 * @param endDate the last day, or null while open-ended
 */
public record CampaignDescription(
    String name,
    String localBrandName,
    String subTerritory,
    LocalDate startDate,
    LocalDate endDate) {

  public static final int MAX_LENGTH = 200;

  public CampaignDescription {
    name = required("name", name);
    localBrandName = required("localBrandName", localBrandName);
    subTerritory = subTerritory == null || subTerritory.isBlank() ? null : subTerritory.strip();
    if (subTerritory != null && subTerritory.length() > MAX_LENGTH) {
      throw new DomainRuleViolation("subTerritory", "at most " + MAX_LENGTH + " characters");
    }
    if (startDate == null) {
      throw new DomainRuleViolation("startDate", "a campaign needs a start date");
    }
    if (endDate != null && endDate.isBefore(startDate)) {
      throw new DomainRuleViolation("endDate", "must not be before the start date");
    }
  }

  private static String required(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new DomainRuleViolation(field, "must not be blank");
    }
    String stripped = value.strip();
    if (stripped.length() > MAX_LENGTH) {
      throw new DomainRuleViolation(field, "at most " + MAX_LENGTH + " characters");
    }
    return stripped;
  }
}
