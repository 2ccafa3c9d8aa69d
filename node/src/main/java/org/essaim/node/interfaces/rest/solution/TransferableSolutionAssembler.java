// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.solution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.essaim.node.application.FieldError;
import org.essaim.node.application.InvalidInputException;
import org.essaim.node.application.TransferableSolutionView;
import org.essaim.node.domain.model.solution.CostRange;
import org.essaim.node.domain.model.solution.TransferMode;
import org.essaim.node.domain.model.solution.TransferableSolutionDescription;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.domain.model.taxonomy.TaxonomyScheme;
import org.essaim.node.domain.shared.Visibility;
import org.essaim.node.interfaces.rest.Fields;

/** Translates between the JSON document and the domain, collecting every field error. */
final class TransferableSolutionAssembler {
  private TransferableSolutionAssembler() {}

  /**
   * @throws InvalidInputException with every field error, the earlier ones included
   */
  static TransferableSolutionDescription toDescription(
      TransferableSolutionDocument d, List<FieldError> earlierErrors, Taxonomy taxonomy) {
    List<FieldError> errors = new ArrayList<>(earlierErrors);
    Fields.knownKeys(taxonomy, TaxonomyScheme.THEMES, d.themes(), "themes", errors);
    TransferMode mode =
        Fields.enumValue("transferMode", TransferMode.class, d.transferMode(), errors);
    Visibility visibility =
        Fields.enumValue("visibility", Visibility.class, d.visibility(), errors);
    CostRange costs =
        d.costs() == null
            ? null
            : Fields.attempt(
                () -> new CostRange(d.costs().minEur(), d.costs().maxEur(), d.costs().note()),
                errors);
    if (!errors.isEmpty()) {
      throw invalid(errors);
    }
    TransferableSolutionDescription description =
        Fields.attempt(
            () ->
                new TransferableSolutionDescription(
                    d.title(),
                    d.problemAddressed(),
                    d.themes(),
                    d.model(),
                    d.prerequisites(),
                    d.keySuccessFactors(),
                    d.watchPoints(),
                    mode,
                    costs,
                    d.contactOrganizationId(),
                    visibility),
            errors);
    if (description == null || !errors.isEmpty()) {
      throw invalid(errors);
    }
    return description;
  }

  static InvalidInputException invalid(List<FieldError> errors) {
    List<FieldError> sorted = new ArrayList<>(errors);
    sorted.sort(Comparator.comparing(FieldError::field));
    return new InvalidInputException(sorted);
  }

  static TransferableSolutionDocument toDocument(TransferableSolutionView view) {
    TransferableSolutionDescription d = view.description();
    return new TransferableSolutionDocument(
        view.id(),
        view.projectId(),
        d.title(),
        d.problemAddressed(),
        d.themes(),
        d.model(),
        d.prerequisites(),
        d.keySuccessFactors(),
        d.watchPoints(),
        d.transferMode().name(),
        d.costs() == null
            ? null
            : new CostsDocument(d.costs().minEur(), d.costs().maxEur(), d.costs().note()),
        d.contactOrganizationId(),
        view.status().name(),
        d.visibility().name(),
        view.version(),
        view.createdAt(),
        view.updatedAt());
  }
}
