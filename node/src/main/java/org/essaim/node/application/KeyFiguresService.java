// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.essaim.node.domain.model.figures.EventTotals;
import org.essaim.node.domain.model.figures.KeyFigures;
import org.essaim.node.domain.model.figures.SmallCountSuppression;
import org.essaim.node.domain.model.figures.TerritoryCounts;
import org.essaim.node.domain.model.project.ProjectStage;
import org.essaim.node.domain.model.taxonomy.Concept;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.domain.model.taxonomy.TaxonomyScheme;

/**
 * Computes the territory's key figures from its records, at the time of asking (one consistent
 * snapshot: a read-only transaction). Theme breakdowns are by top-level theme: « Alimentation
 * durable » rather than each of its narrower concepts, which keeps groups large enough to publish.
 */
@ApplicationScoped
public class KeyFiguresService {

  public static final String JOBS_CREATED = "jobs-created";
  public static final String JOBS_CONSOLIDATED = "jobs-consolidated";

  @Inject TerritoryCounts counts;
  @Inject Taxonomy taxonomy;
  @Inject Clock clock;

  @Transactional
  public KeyFigures current() {
    Map<String, Long> stages = new LinkedHashMap<>();
    for (ProjectStage stage : ProjectStage.values()) {
      stages.put(stage.key(), 0L);
    }
    counts.projectsByStage().forEach((stage, n) -> stages.merge(stage, n, Long::sum));
    EventTotals events = counts.heldEvents();
    return new KeyFigures(
        clock.instant(),
        counts.campaignsUnderway(),
        SmallCountSuppression.total(counts.dreamsReceived()),
        SmallCountSuppression.breakdown(byTopTheme(counts.dreamThemes().values())),
        counts.challengesWorked(),
        events.dreamCollectionsHeld(),
        events.eveningsHeld(),
        SmallCountSuppression.total(events.participations()),
        SmallCountSuppression.total(events.engagedPeople()),
        SmallCountSuppression.total(events.wouldBeCarriers()),
        events.dreamsCollectedAtEvents(),
        counts.projects(),
        SmallCountSuppression.breakdown(stages),
        SmallCountSuppression.breakdown(byTopTheme(counts.projectThemes().values())),
        counts.latestImpactTotal(JOBS_CREATED),
        counts.latestImpactTotal(JOBS_CONSOLIDATED));
  }

  /** Top-level theme → number of records with at least one theme under it, in catalogue order. */
  Map<String, Long> byTopTheme(Collection<List<String>> themesOfEachRecord) {
    Map<String, Long> counted = new LinkedHashMap<>();
    for (Concept concept : taxonomy.concepts(TaxonomyScheme.THEMES)) {
      if (concept.broader().isEmpty()) {
        counted.put(concept.key(), 0L);
      }
    }
    for (List<String> themes : themesOfEachRecord) {
      Set<String> tops = new LinkedHashSet<>();
      for (String theme : themes) {
        tops.add(top(theme));
      }
      tops.forEach(top -> counted.merge(top, 1L, Long::sum));
    }
    return counted;
  }

  private String top(String key) {
    String current = key;
    for (int depth = 0; depth < 10; depth++) {
      String here = current;
      var broader = taxonomy.find(TaxonomyScheme.THEMES, here).flatMap(Concept::broader);
      if (broader.isEmpty()) {
        return here;
      }
      current = broader.get();
    }
    return current;
  }
}
