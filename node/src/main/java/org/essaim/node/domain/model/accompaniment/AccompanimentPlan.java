// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.accompaniment;

import java.time.LocalDate;
import java.util.List;
import org.essaim.node.domain.shared.DomainRuleViolation;

/**
 * Everything the team writes about an accompaniment, checked as a whole.
 *
 * @param programmeName the programme, e.g. « Idéateur TAg35 », « Premiers pas »
 * @param format its format
 * @param providerOrganizationId the organisation that provides it (incubator, CAE…), or null
 * @param startDate when it started
 * @param endDate when it ended, or null while it goes on
 * @param milestones in the order the team lists them
 * @param outcome how it ended, or null while it goes on; needs an end date
 * @param continuesIn the next programme, with outcome CONTINUES_IN only
 * @param notes the team's notes (private)
 */
public record AccompanimentPlan(
    String programmeName,
    ProgrammeFormat format,
    Long providerOrganizationId,
    LocalDate startDate,
    LocalDate endDate,
    List<Milestone> milestones,
    AccompanimentOutcome outcome,
    String continuesIn,
    String notes) {

  public static final int MAX_NAME = 200;
  public static final int MAX_NOTES = 4000;
  public static final int MAX_MILESTONES = 50;

  public AccompanimentPlan {
    programmeName = programmeName == null ? null : programmeName.strip();
    if (programmeName == null || programmeName.isEmpty()) {
      throw new DomainRuleViolation("programmeName", "must not be blank");
    }
    if (programmeName.length() > MAX_NAME) {
      throw new DomainRuleViolation("programmeName", "at most " + MAX_NAME + " characters");
    }
    if (format == null) {
      throw new DomainRuleViolation("format", "must be given");
    }
    if (startDate == null) {
      throw new DomainRuleViolation("startDate", "must be given");
    }
    if (endDate != null && endDate.isBefore(startDate)) {
      throw new DomainRuleViolation("endDate", "must not be before startDate");
    }
    milestones = List.copyOf(milestones == null ? List.of() : milestones);
    if (milestones.size() > MAX_MILESTONES) {
      throw new DomainRuleViolation("milestones", "at most " + MAX_MILESTONES + " milestones");
    }
    if (outcome != null && endDate == null) {
      throw new DomainRuleViolation(
          "endDate", "an accompaniment with an outcome has ended: give it");
    }
    continuesIn = continuesIn == null || continuesIn.isBlank() ? null : continuesIn.strip();
    if (outcome == AccompanimentOutcome.CONTINUES_IN && continuesIn == null) {
      throw new DomainRuleViolation("continuesIn", "name the programme it continues in");
    }
    if (outcome != AccompanimentOutcome.CONTINUES_IN && continuesIn != null) {
      throw new DomainRuleViolation("continuesIn", "only with the outcome CONTINUES_IN");
    }
    if (continuesIn != null && continuesIn.length() > MAX_NAME) {
      throw new DomainRuleViolation("continuesIn", "at most " + MAX_NAME + " characters");
    }
    notes = notes == null || notes.isBlank() ? null : notes.strip();
    if (notes != null && notes.length() > MAX_NOTES) {
      throw new DomainRuleViolation("notes", "at most " + MAX_NOTES + " characters");
    }
  }
}
