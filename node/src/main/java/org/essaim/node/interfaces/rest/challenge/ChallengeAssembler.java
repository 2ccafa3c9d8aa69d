// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.challenge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.essaim.node.application.ChallengeView;
import org.essaim.node.application.FieldError;
import org.essaim.node.application.InvalidInputException;
import org.essaim.node.domain.model.challenge.ChallengeDescription;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.domain.model.taxonomy.TaxonomyScheme;
import org.essaim.node.domain.shared.DomainRuleViolation;
import org.essaim.node.domain.shared.Visibility;

/** Translates between the JSON document and the domain, collecting every field error. */
final class ChallengeAssembler {
  private ChallengeAssembler() {}

  /**
   * @param earlierErrors what Bean Validation (and the resource) already found wrong
   * @throws InvalidInputException listing every value that cannot become a description
   */
  static ChallengeDescription toDescription(
      ChallengeDocument document, List<FieldError> earlierErrors, Taxonomy taxonomy) {
    List<FieldError> errors = new ArrayList<>(earlierErrors);
    Visibility visibility = visibility(document.visibility(), errors);
    List<String> themes = document.themes() == null ? List.of() : document.themes();
    if (errors.stream().noneMatch(e -> e.field().startsWith("themes"))) {
      for (String theme : themes) {
        if (theme != null && !taxonomy.contains(TaxonomyScheme.THEMES, theme)) {
          errors.add(
              new FieldError(
                  "themes",
                  "'"
                      + theme
                      + "' is not a key of the "
                      + TaxonomyScheme.THEMES.key()
                      + " scheme"));
          break;
        }
      }
    }
    if (errors.isEmpty()) {
      try {
        return new ChallengeDescription(document.title(), document.statement(), themes, visibility);
      } catch (DomainRuleViolation e) {
        errors.add(new FieldError(e.field(), e.getMessage()));
      }
    }
    throw new InvalidInputException(errors);
  }

  static ChallengeDocument toDocument(ChallengeView view) {
    ChallengeDescription d = view.description();
    return new ChallengeDocument(
        view.id(),
        view.campaignId(),
        d.title(),
        d.statement(),
        d.themes(),
        d.visibility().name(),
        view.state().name(),
        view.mergedIntoId().orElse(null),
        view.dreams().stream().map(GroupedDreamDocument::of).toList(),
        view.version(),
        view.createdAt(),
        view.updatedAt());
  }

  private static Visibility visibility(String value, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      return null; // the node's default for a new défi; unchanged on an update
    }
    try {
      return Visibility.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError("visibility", "must be one of " + List.of(Visibility.values())));
      return null;
    }
  }
}
