// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.team;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import org.essaim.node.application.AccompanimentService;
import org.essaim.node.application.AccompanimentView;
import org.essaim.node.application.InvalidInputException;
import org.essaim.node.application.ProjectService;
import org.essaim.node.application.ProjectView;
import org.essaim.node.domain.model.accompaniment.AccompanimentOutcome;
import org.essaim.node.domain.model.accompaniment.AccompanimentPlan;
import org.essaim.node.domain.model.accompaniment.Milestone;
import org.essaim.node.domain.model.accompaniment.MilestoneKind;
import org.essaim.node.domain.model.accompaniment.ProgrammeFormat;
import org.essaim.node.domain.model.project.FundingLine;
import org.essaim.node.domain.model.project.ImpactMeasurement;
import org.essaim.node.domain.model.project.ProjectDescription;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.domain.model.taxonomy.TaxonomyScheme;
import org.essaim.node.domain.shared.DomainRuleViolation;

/**
 * The small forms of a team project's page: funding lines, impact measurements, partner and carrier
 * organisations (all part of the project's description, saved with its version like the API's PUT),
 * and accompaniments with their milestones and outcome (the accompaniment API's service, with the
 * accompaniment's version).
 */
final class ProjectParts {

  static final String[] FUNDING = {
    "funding-instrument",
    "funding-fseCode",
    "funding-amountEur",
    "funding-periodStart",
    "funding-periodEnd",
    "funding-cofunders"
  };
  static final String[] IMPACT = {"impact-indicator", "impact-value", "impact-date"};
  static final String[] PARTNER = {"partner-organizationId"};
  static final String[] CARRIER = {"carrier-organizationId"};
  static final String[] ACCOMPANIMENT = {
    "acc-programmeName",
    "acc-format",
    "acc-providerOrganizationId",
    "acc-startDate",
    "acc-endDate",
    "acc-outcome",
    "acc-continuesIn",
    "acc-notes"
  };
  static final String[] MILESTONE = {"ms-kind", "ms-dueOn", "ms-doneOn"};
  static final String[] ENDING = {"end-endDate", "end-outcome", "end-continuesIn"};

  /** The cofunders a funding line names, one per line of the text area. */
  private static final int MAX_COFUNDERS = 50;

  /**
   * What a sub-form did.
   *
   * @param done the notice's key suffix when saved, null when refused
   * @param errors by the ids of the page's fields (a milestone's carry its accompaniment's id)
   * @param values what was typed, by the same ids
   */
  record Outcome(String done, Map<String, String> errors, Map<String, String> values) {
    static Outcome saved(String done) {
      return new Outcome(done, Map.of(), Map.of());
    }
  }

  private final ProjectService projects;
  private final AccompanimentService accompaniments;
  private final Taxonomy taxonomy;

  ProjectParts(ProjectService projects, AccompanimentService accompaniments, Taxonomy taxonomy) {
    this.projects = projects;
    this.accompaniments = accompaniments;
    this.taxonomy = taxonomy;
  }

  /**
   * Applies one sub-form.
   *
   * @param part fundings, impacts, partners, carrier or accompaniments
   * @param item the funding or impact index, the partner organisation or the accompaniment, or null
   * @param action remove, milestones or end with an item; null to add
   * @param version the project's version, or the accompaniment's for an accompaniment's forms
   * @return null for a request the page cannot have sent (404)
   * @throws org.essaim.node.application.StaleVersionException when the version is not current
   */
  Outcome apply(
      HttpServletRequest request,
      Locale locale,
      ProjectView project,
      String part,
      Long item,
      String action,
      long version) {
    ProjectDescription d = project.description();
    OptionalLong expected = OptionalLong.of(version);
    if (part.equals("accompaniments")) {
      return accompaniment(request, locale, project.id(), item, action, expected);
    }
    if (item != null && !"remove".equals(action) || item == null && action != null) {
      return null;
    }
    PartsForm form;
    Description changed;
    switch (part) {
      case "fundings" -> {
        List<FundingLine> lines = new ArrayList<>(d.fundings());
        if (item != null) {
          if (item >= lines.size()) {
            return null;
          }
          lines.remove(item.intValue());
          form = new PartsForm(request, locale);
        } else {
          form = new PartsForm(request, locale, FUNDING);
          FundingLine line = funding(form, lines.size());
          if (line != null) {
            lines.add(line);
          }
        }
        changed =
            new Description(
                d.carrierOrganizationId(), d.partnerOrganizationIds(), lines, d.impacts());
      }
      case "impacts" -> {
        List<ImpactMeasurement> measures = new ArrayList<>(d.impacts());
        if (item != null) {
          if (item >= measures.size()) {
            return null;
          }
          measures.remove(item.intValue());
          form = new PartsForm(request, locale);
        } else {
          form = new PartsForm(request, locale, IMPACT);
          ImpactMeasurement measure = impact(form, measures.size());
          if (measure != null) {
            measures.add(measure);
          }
        }
        changed =
            new Description(
                d.carrierOrganizationId(), d.partnerOrganizationIds(), d.fundings(), measures);
      }
      case "partners" -> {
        List<Long> partners = new ArrayList<>(d.partnerOrganizationIds());
        if (item != null) {
          if (!partners.remove(item)) {
            return null;
          }
          form = new PartsForm(request, locale);
        } else {
          form = new PartsForm(request, locale, PARTNER);
          Long organization = form.id(PARTNER[0], true);
          if (organization != null && partners.contains(organization)) {
            form.reject(PARTNER[0], "parts.error.already");
          } else if (organization != null) {
            partners.add(organization);
          }
        }
        changed = new Description(d.carrierOrganizationId(), partners, d.fundings(), d.impacts());
      }
      case "carrier" -> {
        if (item != null) {
          return null;
        }
        form = new PartsForm(request, locale, CARRIER);
        changed =
            new Description(
                form.id(CARRIER[0], false), d.partnerOrganizationIds(), d.fundings(), d.impacts());
      }
      default -> {
        return null;
      }
    }
    if (form.valid()) {
      try {
        projects.describe(project.id(), changed.of(d), expected);
        return Outcome.saved(part + (item == null ? "" : ".removed"));
      } catch (DomainRuleViolation e) {
        form.rule(e, firstField(part));
      } catch (InvalidInputException e) {
        // An organisation deleted since the page was shown: said on the list it was chosen from.
        form.reject(firstField(part), "parts.error.choice");
      }
    }
    return new Outcome(null, form.errors(), form.values());
  }

  private static String firstField(String part) {
    return switch (part) {
      case "fundings" -> FUNDING[0];
      case "impacts" -> IMPACT[0];
      case "partners" -> PARTNER[0];
      default -> CARRIER[0];
    };
  }

  /** The organisations, fundings and impacts a sub-form changes; the rest stays. */
  private record Description(
      Long carrier,
      List<Long> partners,
      List<FundingLine> fundings,
      List<ImpactMeasurement> impacts) {
    ProjectDescription of(ProjectDescription d) {
      return new ProjectDescription(
          d.title(),
          d.summary(),
          d.description(),
          d.themes(),
          d.supportModes(),
          d.origin(),
          d.originChallengeId(),
          d.originSourceUri(),
          carrier,
          d.legalForm(),
          partners,
          fundings,
          impacts,
          d.location(),
          d.pepite(),
          d.visibility());
    }
  }

  private FundingLine funding(PartsForm form, int index) {
    String instrument = form.key(FUNDING[0], taxonomy, TaxonomyScheme.FUNDING_INSTRUMENTS, true);
    BigDecimal amount = form.decimal(FUNDING[2], true);
    LocalDate start = form.date(FUNDING[3], false);
    LocalDate end = form.date(FUNDING[4], false);
    List<String> cofunders =
        form.text(FUNDING[5]).lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    if (cofunders.size() > MAX_COFUNDERS) {
      form.reject(FUNDING[5], "parts.rule.cofunders");
    }
    if (!form.valid()) {
      return null;
    }
    try {
      return new FundingLine(
          "fundings[" + index + "]",
          instrument,
          form.optional(FUNDING[1], false),
          amount,
          start,
          end,
          cofunders);
    } catch (DomainRuleViolation e) {
      form.rule(e, FUNDING[0]);
      return null;
    }
  }

  private ImpactMeasurement impact(PartsForm form, int index) {
    String indicator = form.key(IMPACT[0], taxonomy, TaxonomyScheme.IMPACT_INDICATORS, true);
    BigDecimal value = form.decimal(IMPACT[1], true);
    LocalDate date = form.date(IMPACT[2], true);
    if (!form.valid()) {
      return null;
    }
    try {
      return new ImpactMeasurement("impacts[" + index + "]", indicator, value, date);
    } catch (DomainRuleViolation e) {
      form.rule(e, IMPACT[0]);
      return null;
    }
  }

  private Outcome accompaniment(
      HttpServletRequest request,
      Locale locale,
      long projectId,
      Long item,
      String action,
      OptionalLong expected) {
    if (item == null) {
      if (action != null) {
        return null;
      }
      PartsForm form = new PartsForm(request, locale, ACCOMPANIMENT);
      String name = form.optional(ACCOMPANIMENT[0], true);
      ProgrammeFormat format = form.choice(ACCOMPANIMENT[1], ProgrammeFormat.class, true);
      Long provider = form.id(ACCOMPANIMENT[2], false);
      LocalDate start = form.date(ACCOMPANIMENT[3], true);
      LocalDate end = form.date(ACCOMPANIMENT[4], false);
      AccompanimentOutcome outcome =
          form.choice(ACCOMPANIMENT[5], AccompanimentOutcome.class, false);
      if (form.valid()) {
        try {
          accompaniments.create(
              projectId,
              new AccompanimentPlan(
                  name,
                  format,
                  provider,
                  start,
                  end,
                  List.of(),
                  outcome,
                  form.optional(ACCOMPANIMENT[6], false),
                  form.optional(ACCOMPANIMENT[7], false)));
          return Outcome.saved("accompaniments");
        } catch (DomainRuleViolation e) {
          form.rule(e, ACCOMPANIMENT[0]);
        } catch (InvalidInputException e) {
          form.reject(ACCOMPANIMENT[2], "parts.error.choice");
        }
      }
      return new Outcome(null, form.errors(), form.values());
    }
    // The accompaniment must be this project's: the service answers 404 otherwise.
    AccompanimentView current = accompaniments.get(projectId, item);
    AccompanimentPlan p = current.plan();
    switch (action == null ? "" : action) {
      case "remove" -> {
        accompaniments.delete(projectId, item, expected);
        return Outcome.saved("accompaniments.removed");
      }
      case "milestones" -> {
        PartsForm form = new PartsForm(request, locale, MILESTONE);
        MilestoneKind kind = form.choice(MILESTONE[0], MilestoneKind.class, true);
        LocalDate due = form.date(MILESTONE[1], false);
        LocalDate done = form.date(MILESTONE[2], false);
        if (form.valid()) {
          try {
            List<Milestone> milestones = new ArrayList<>(p.milestones());
            milestones.add(new Milestone("milestones[" + milestones.size() + "]", kind, due, done));
            accompaniments.replan(
                projectId,
                item,
                new AccompanimentPlan(
                    p.programmeName(),
                    p.format(),
                    p.providerOrganizationId(),
                    p.startDate(),
                    p.endDate(),
                    milestones,
                    p.outcome(),
                    p.continuesIn(),
                    p.notes()),
                expected);
            return Outcome.saved("milestone");
          } catch (DomainRuleViolation e) {
            form.rule(e, MILESTONE[0]);
          }
        }
        return new Outcome(
            null, ofAccompaniment(form.errors(), item), ofAccompaniment(form.values(), item));
      }
      case "end" -> {
        PartsForm form = new PartsForm(request, locale, ENDING);
        LocalDate end = form.date(ENDING[0], true);
        AccompanimentOutcome outcome = form.choice(ENDING[1], AccompanimentOutcome.class, true);
        if (form.valid()) {
          try {
            accompaniments.replan(
                projectId,
                item,
                new AccompanimentPlan(
                    p.programmeName(),
                    p.format(),
                    p.providerOrganizationId(),
                    p.startDate(),
                    end,
                    p.milestones(),
                    outcome,
                    form.optional(ENDING[2], false),
                    p.notes()),
                expected);
            return Outcome.saved("ended");
          } catch (DomainRuleViolation e) {
            form.rule(e, ENDING[0]);
          }
        }
        return new Outcome(
            null, ofAccompaniment(form.errors(), item), ofAccompaniment(form.values(), item));
      }
      default -> {
        return null;
      }
    }
  }

  /** {@code ms-kind} → {@code ms12-kind}: the fields of accompaniment 12's forms. */
  private static Map<String, String> ofAccompaniment(Map<String, String> byName, long id) {
    Map<String, String> renamed = new LinkedHashMap<>();
    byName.forEach((k, v) -> renamed.put(k.replaceFirst("-", id + "-"), v));
    return renamed;
  }
}
