// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Logger;
import org.essaim.node.application.CampaignService;
import org.essaim.node.application.ConflictException;
import org.essaim.node.application.FieldError;
import org.essaim.node.application.InvalidInputException;
import org.essaim.node.application.OrganizationService;
import org.essaim.node.application.PageRequest;
import org.essaim.node.application.ProjectService;
import org.essaim.node.domain.model.taxonomy.Taxonomy;

/**
 * Loads a dataset into this node, all or nothing: one transaction around every step, so a failing
 * entry rolls the whole load back. Only into a node that holds no campaign, project or organisation
 * yet: demo data never mixes with real data.
 */
@ApplicationScoped
public class DemoDataLoader {

  private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

  @Inject @Any Instance<DemoStep> steps;
  @Inject Validator validator;
  @Inject Taxonomy taxonomy;
  @Inject CampaignService campaigns;
  @Inject ProjectService projects;
  @Inject OrganizationService organizations;

  /**
   * @throws InvalidInputException when there is no dataset by that name (field {@code territory})
   * @throws ConflictException when the node already holds campaigns, projects or organisations
   */
  @Transactional(rollbackOn = Exception.class)
  public DemoReport load(String name) {
    JsonObject dataset =
        DemoDatasets.read(name)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        List.of(
                            new FieldError(
                                "territory",
                                "must be one of "
                                    + DemoDatasets.NAMES
                                    + " (the shipped datasets)"))));
    emptiness()
        .ifPresent(
            what -> {
              throw new ConflictException(
                  "demo data loads only into an empty node; this one already holds " + what);
            });
    List<DemoStep> ordered = new ArrayList<>();
    for (Class<? extends DemoStep> type : DemoSteps.ALL) {
      ordered.add(steps.select(type).get());
    }
    DemoReport report = run(name, dataset, ordered, new DemoContext(validator, taxonomy, false));
    LOG.info(() -> "Demo dataset '" + name + "' loaded: " + report.loaded());
    return report;
  }

  /** Whether the node is empty enough to load; otherwise what it holds. */
  @Transactional
  public Optional<String> emptiness() {
    PageRequest one = new PageRequest(1, 1);
    long campaignCount = campaigns.list(true, null, one).totalItems();
    long projectCount =
        projects
            .list(
                true,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                false,
                one)
            .totalItems();
    long organizationCount =
        organizations
            .list(true, Optional.empty(), Optional.empty(), Optional.empty(), one)
            .totalItems();
    if (campaignCount + projectCount + organizationCount == 0) {
      return Optional.empty();
    }
    return Optional.of(
        campaignCount
            + " campaign(s), "
            + projectCount
            + " project(s) and "
            + organizationCount
            + " organisation(s)");
  }

  /**
   * Runs the steps over a dataset. Shared with the dataset unit test, which runs it dry.
   *
   * @throws InvalidInputException for a section no step knows, or a faulty entry
   */
  public static DemoReport run(
      String name, JsonObject dataset, List<DemoStep> ordered, DemoContext context) {
    List<FieldError> unknown = new ArrayList<>();
    Map<String, String> skipped = new TreeMap<>();
    for (String key : dataset.keySet()) {
      boolean loaded = ordered.stream().anyMatch(s -> s.section().equals(key));
      if (DemoSteps.PREPARED.contains(key) && !loaded) {
        skipped.put(key, DemoSteps.SKIPPED);
        LOG.info(() -> "Demo dataset '" + name + "': section '" + key + "' " + DemoSteps.SKIPPED);
      } else if (!loaded && !DemoSteps.DESCRIPTIVE.contains(key)) {
        unknown.add(new FieldError(key, "no demo step loads this section"));
      }
    }
    if (!unknown.isEmpty()) {
      throw new InvalidInputException(unknown);
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (DemoStep step : ordered) {
      if (dataset.containsKey(step.section())) {
        counts.merge(step.label(), step.load(dataset.get(step.section()), context), Integer::sum);
      }
    }
    return new DemoReport(name, counts, skipped);
  }
}
