// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.campaign;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.essaim.node.application.CampaignView;
import org.essaim.node.application.FieldError;
import org.essaim.node.application.InvalidInputException;
import org.essaim.node.domain.model.campaign.CampaignDescription;
import org.essaim.node.domain.shared.DomainRuleViolation;

/** Translates between the JSON document and the domain, collecting every field error. */
final class CampaignAssembler {
  private CampaignAssembler() {}

  /**
   * @param earlierErrors what Bean Validation already found wrong
   * @throws InvalidInputException listing every value that cannot become a description
   */
  static CampaignDescription toDescription(
      CampaignDocument document, List<FieldError> earlierErrors) {
    List<FieldError> errors = new ArrayList<>(earlierErrors);
    LocalDate start = date("startDate", document.startDate(), errors);
    LocalDate end = date("endDate", document.endDate(), errors);
    if (errors.isEmpty()) {
      try {
        return new CampaignDescription(
            document.name(), document.localBrandName(), document.subTerritory(), start, end);
      } catch (DomainRuleViolation e) {
        errors.add(new FieldError(e.field(), e.getMessage()));
      }
    }
    throw new InvalidInputException(errors);
  }

  static CampaignDocument toDocument(CampaignView view) {
    CampaignDescription d = view.description();
    return new CampaignDocument(
        view.id(),
        d.name(),
        d.localBrandName(),
        d.subTerritory(),
        d.startDate().toString(),
        d.endDate() == null ? null : d.endDate().toString(),
        view.state().name(),
        view.version(),
        view.createdAt(),
        view.updatedAt());
  }

  private static LocalDate date(String field, String value, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      if (errors.stream().noneMatch(f -> f.field().equals(field))) {
        errors.add(new FieldError(field, "must be an ISO 8601 date such as 2024-06-01"));
      }
      return null;
    }
  }
}
