// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.dream;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.essaim.node.application.FieldError;
import org.essaim.node.application.InvalidInputException;
import org.essaim.node.domain.model.dream.AgeBand;
import org.essaim.node.domain.model.dream.Commune;
import org.essaim.node.domain.model.dream.ContributorType;
import org.essaim.node.domain.model.dream.DreamSubmission;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.domain.model.taxonomy.TaxonomyScheme;
import org.essaim.node.domain.shared.DomainRuleViolation;

/** Turns the public form's document into a submission, collecting every field error. */
final class DreamSubmissionAssembler {
  private DreamSubmissionAssembler() {}

  /**
   * @param earlierErrors what Bean Validation already found wrong
   * @throws InvalidInputException listing every value that cannot become a submission
   */
  static DreamSubmission toSubmission(
      DreamSubmissionDocument document, List<FieldError> earlierErrors, Taxonomy taxonomy) {
    List<FieldError> errors = new ArrayList<>(earlierErrors);
    List<String> themes = document.themesOrEmpty();
    for (int i = 0; i < themes.size(); i++) {
      String key = themes.get(i);
      if (key != null && !key.isBlank() && !taxonomy.contains(TaxonomyScheme.THEMES, key)) {
        reject(errors, "themes[" + i + "]", "'" + key + "' is not a key of the themes scheme");
      }
    }
    ContributorType contributor = null;
    if (document.contributorType() != null && !document.contributorType().isBlank()) {
      try {
        contributor =
            ContributorType.valueOf(document.contributorType().strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        reject(
            errors,
            "contributorType",
            "must be one of " + Arrays.toString(ContributorType.values()));
      }
    }
    AgeBand ageBand = null;
    if (document.ageBand() != null && !document.ageBand().isBlank()) {
      ageBand = AgeBand.byCode(document.ageBand().strip()).orElse(null);
      if (ageBand == null) {
        reject(
            errors,
            "ageBand",
            "must be one of " + Arrays.stream(AgeBand.values()).map(AgeBand::code).toList());
      }
    }
    Commune commune = null;
    if (document.commune() != null) {
      try {
        commune = new Commune(document.commune().code(), document.commune().label());
      } catch (DomainRuleViolation e) {
        reject(errors, e.field(), e.getMessage());
      }
    }
    if (errors.isEmpty()) {
      try {
        return new DreamSubmission(
            document.text(),
            document.themesOrEmpty(),
            commune,
            contributor,
            ageBand,
            document.contactEmail(),
            document.contactPhone(),
            Boolean.TRUE.equals(document.contactConsent()));
      } catch (DomainRuleViolation e) {
        reject(errors, e.field(), e.getMessage());
      }
    }
    throw new InvalidInputException(errors);
  }

  private static void reject(List<FieldError> errors, String field, String message) {
    if (errors.stream().noneMatch(e -> e.field().equals(field))) {
      errors.add(new FieldError(field, message));
    }
  }
}
