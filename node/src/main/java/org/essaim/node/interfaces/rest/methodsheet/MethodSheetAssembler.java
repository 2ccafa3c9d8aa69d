// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.methodsheet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.essaim.node.application.FieldError;
import org.essaim.node.application.InvalidInputException;
import org.essaim.node.application.MethodSheetVersionView;
import org.essaim.node.application.MethodSheetView;
import org.essaim.node.domain.model.methodsheet.Audience;
import org.essaim.node.domain.model.methodsheet.Licence;
import org.essaim.node.domain.model.methodsheet.MethodSheet;
import org.essaim.node.domain.model.methodsheet.MethodStep;
import org.essaim.node.domain.model.methodsheet.SheetDescription;
import org.essaim.node.domain.model.methodsheet.SheetText;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.domain.model.taxonomy.TaxonomyScheme;
import org.essaim.node.domain.shared.DomainRuleViolation;
import org.essaim.node.domain.shared.Visibility;
import org.essaim.node.interfaces.rest.Fields;

/** Translates between the JSON documents and the domain, collecting every field error. */
final class MethodSheetAssembler {
  private MethodSheetAssembler() {}

  /** The text and description of a document, checked together. */
  record Input(SheetText text, SheetDescription description, String changeNote) {}

  /**
   * @throws InvalidInputException naming every rejected field, {@code earlierErrors} included
   */
  static Input toInput(MethodSheetDocument d, List<FieldError> earlierErrors, Taxonomy taxonomy) {
    List<FieldError> errors = new ArrayList<>(earlierErrors);
    SheetText text =
        Fields.attempt(() -> new SheetText(d.title(), d.summary(), d.bodyMarkdown()), errors);
    List<MethodStep> steps = new ArrayList<>();
    List<String> givenSteps = d.methodSteps() == null ? List.of() : d.methodSteps();
    for (int i = 0; i < givenSteps.size(); i++) {
      String field = "methodSteps[" + i + "]";
      if (givenSteps.get(i) == null || givenSteps.get(i).isBlank()) {
        Fields.reject(errors, field, "must be a step of the method");
        continue;
      }
      MethodStep step = Fields.enumValue(field, MethodStep.class, givenSteps.get(i), errors);
      if (step != null) {
        steps.add(step);
      }
    }
    Fields.knownKeys(taxonomy, TaxonomyScheme.THEMES, d.themes(), "themes", errors);
    Audience audience = Fields.enumValue("audience", Audience.class, d.audience(), errors);
    Visibility visibility =
        Fields.enumValue("visibility", Visibility.class, d.visibility(), errors);
    Licence licence = Fields.attempt(() -> Licence.of(d.licence()), errors);
    boolean stepsRejected = errors.stream().anyMatch(e -> e.field().startsWith("methodSteps"));
    SheetDescription description =
        stepsRejected
            ? null
            : Fields.attempt(
                () ->
                    new SheetDescription(
                        steps,
                        d.referentTerritory(),
                        d.contributingTerritories(),
                        audience,
                        licence,
                        d.themes(),
                        visibility),
                errors);
    try {
      MethodSheet.changeNote(d.changeNote());
    } catch (DomainRuleViolation e) {
      Fields.reject(errors, e.field(), e.getMessage());
    }
    if (text == null || description == null || !errors.isEmpty()) {
      throw invalid(errors);
    }
    return new Input(text, description, d.changeNote());
  }

  static InvalidInputException invalid(List<FieldError> errors) {
    List<FieldError> sorted = new ArrayList<>(errors);
    sorted.sort(Comparator.comparing(FieldError::field));
    return new InvalidInputException(sorted);
  }

  static MethodSheetDocument toDocument(MethodSheetView view) {
    SheetText t = view.text();
    SheetDescription d = view.description();
    return new MethodSheetDocument(
        view.id(),
        t.title(),
        t.summary(),
        t.bodyMarkdown(),
        view.bodyHtml(),
        null,
        d.methodSteps().stream().map(Enum::name).toList(),
        d.referentTerritory(),
        d.contributingTerritories(),
        d.audience().name(),
        d.licence().spdxId(),
        d.themes(),
        d.visibility().name(),
        view.state().name(),
        view.currentVersion(),
        view.publishedVersion().orElse(null),
        view.publishedAt().orElse(null),
        view.updatedBy().orElse(null),
        view.version(),
        view.createdAt(),
        view.updatedAt());
  }

  static MethodSheetVersionDocument toDocument(MethodSheetVersionView v, boolean withBody) {
    return new MethodSheetVersionDocument(
        v.sheetId(),
        v.number(),
        v.text().title(),
        v.text().summary(),
        withBody ? v.text().bodyMarkdown() : null,
        withBody ? v.bodyHtml() : null,
        v.changeNote().orElse(null),
        v.author().orElse(null),
        v.createdAt());
  }
}
