// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.project;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.essaim.node.application.FieldError;
import org.essaim.node.application.InvalidInputException;
import org.essaim.node.application.ProjectView;
import org.essaim.node.domain.model.dream.Commune;
import org.essaim.node.domain.model.project.FundingLine;
import org.essaim.node.domain.model.project.ImpactMeasurement;
import org.essaim.node.domain.model.project.ProjectDescription;
import org.essaim.node.domain.model.project.ProjectOrigin;
import org.essaim.node.domain.model.project.ProjectStage;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.domain.model.taxonomy.TaxonomyScheme;
import org.essaim.node.domain.shared.Visibility;
import org.essaim.node.interfaces.rest.Fields;

/** Translates between the JSON document and the domain, collecting every field error. */
final class ProjectAssembler {
  private ProjectAssembler() {}

  static ProjectDescription toDescription(
      ProjectDocument d, List<FieldError> earlierErrors, Taxonomy taxonomy) {
    List<FieldError> errors = new ArrayList<>(earlierErrors);
    ProjectDescription description = collect(d, errors, taxonomy);
    if (description == null || !errors.isEmpty()) {
      throw invalid(errors);
    }
    return description;
  }

  /** The initial stage of a new project, or null with the reason added to {@code errors}. */
  static ProjectStage stage(ProjectDocument d, List<FieldError> errors, Taxonomy taxonomy) {
    if (d.stage() == null || d.stage().isBlank()) {
      Fields.reject(errors, "stage", "must be a key of the project-stages scheme");
      return null;
    }
    return stage("stage", d.stage(), errors, taxonomy);
  }

  static ProjectStage stage(String field, String key, List<FieldError> errors, Taxonomy taxonomy) {
    Fields.knownKey(taxonomy, TaxonomyScheme.PROJECT_STAGES, key, field, errors);
    ProjectStage stage = ProjectStage.byKey(key.strip()).orElse(null);
    if (stage == null) {
      Fields.reject(errors, field, "'" + key + "' is not a key of the project-stages scheme");
    }
    return stage;
  }

  /** The description, or null with the reasons added to {@code errors}. */
  static ProjectDescription collect(ProjectDocument d, List<FieldError> errors, Taxonomy taxonomy) {
    Fields.knownKeys(taxonomy, TaxonomyScheme.THEMES, d.themes(), "themes", errors);
    Fields.knownKeys(
        taxonomy, TaxonomyScheme.SUPPORT_MODES, d.supportModes(), "supportModes", errors);
    Fields.knownKey(taxonomy, TaxonomyScheme.LEGAL_FORMS, d.legalForm(), "legalForm", errors);
    ProjectOrigin origin = Fields.enumValue("origin", ProjectOrigin.class, d.origin(), errors);
    Visibility visibility =
        Fields.enumValue("visibility", Visibility.class, d.visibility(), errors);
    List<FundingLine> fundings = new ArrayList<>();
    List<FundingDocument> givenFundings = d.fundings() == null ? List.of() : d.fundings();
    for (int i = 0; i < givenFundings.size(); i++) {
      String field = "fundings[" + i + "]";
      FundingDocument f = givenFundings.get(i);
      if (f == null) {
        Fields.reject(errors, field, "must not be null");
        continue;
      }
      Fields.knownKey(
          taxonomy,
          TaxonomyScheme.FUNDING_INSTRUMENTS,
          f.instrument(),
          field + ".instrument",
          errors);
      var start = Fields.date(field + ".periodStart", f.periodStart(), errors);
      var end = Fields.date(field + ".periodEnd", f.periodEnd(), errors);
      fundings.add(
          Fields.attempt(
              () ->
                  new FundingLine(
                      field, f.instrument(), f.fseCode(), f.amountEur(), start, end, f.cofunders()),
              errors));
    }
    List<ImpactMeasurement> impacts = new ArrayList<>();
    List<ImpactDocument> givenImpacts = d.impacts() == null ? List.of() : d.impacts();
    for (int i = 0; i < givenImpacts.size(); i++) {
      String field = "impacts[" + i + "]";
      ImpactDocument m = givenImpacts.get(i);
      if (m == null) {
        Fields.reject(errors, field, "must not be null");
        continue;
      }
      Fields.knownKey(
          taxonomy, TaxonomyScheme.IMPACT_INDICATORS, m.indicator(), field + ".indicator", errors);
      var date = Fields.date(field + ".date", m.date(), errors);
      impacts.add(
          Fields.attempt(
              () -> new ImpactMeasurement(field, m.indicator(), m.value(), date), errors));
    }
    Commune location = null;
    if (d.location() != null) {
      try {
        location = new Commune(d.location().code(), d.location().label());
      } catch (org.essaim.node.domain.shared.DomainRuleViolation e) {
        Fields.reject(errors, e.field().replace("commune.", "location."), e.getMessage());
      }
    }
    if (!errors.isEmpty()) {
      return null;
    }
    Commune where = location;
    return Fields.attempt(
        () ->
            new ProjectDescription(
                d.title(),
                d.summary(),
                d.description(),
                d.themes(),
                d.supportModes(),
                origin,
                d.originChallengeId(),
                d.originSourceUri(),
                d.carrierOrganizationId(),
                d.legalForm(),
                d.partnerOrganizationIds(),
                fundings,
                impacts,
                where,
                Boolean.TRUE.equals(d.pepite()),
                visibility),
        errors);
  }

  static InvalidInputException invalid(List<FieldError> errors) {
    List<FieldError> sorted = new ArrayList<>(errors);
    sorted.sort(Comparator.comparing(FieldError::field));
    return new InvalidInputException(sorted);
  }

  static ProjectDocument toDocument(ProjectView view) {
    return toDocument(view, null);
  }

  /** With the collective's summary, shown on the single-project read only. */
  static ProjectDocument toDocument(ProjectView view, CollectiveSummaryDocument collective) {
    ProjectDescription d = view.description();
    return new ProjectDocument(
        view.id(),
        d.title(),
        d.summary(),
        d.description(),
        view.stage().key(),
        view.status().name(),
        d.themes(),
        d.supportModes(),
        d.origin().name(),
        d.originChallengeId(),
        d.originSourceUri(),
        d.carrierOrganizationId(),
        d.legalForm(),
        d.partnerOrganizationIds(),
        d.fundings().stream()
            .map(
                f ->
                    new FundingDocument(
                        f.instrument(),
                        f.fseCode(),
                        f.amountEur(),
                        f.periodStart() == null ? null : f.periodStart().toString(),
                        f.periodEnd() == null ? null : f.periodEnd().toString(),
                        f.cofunders()))
            .toList(),
        d.impacts().stream()
            .map(m -> new ImpactDocument(m.indicator(), m.value(), m.measuredOn().toString()))
            .toList(),
        d.location() == null
            ? null
            : new LocationDocument(d.location().code(), d.location().label()),
        d.pepite(),
        d.visibility().name(),
        view.version(),
        view.createdAt(),
        view.updatedAt(),
        collective);
  }
}
