// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.figures;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The territory's key figures as published: counts about people pass through {@link
 * SmallCountSuppression}, counts of projects and défis (public work, not people) are published as
 * they are, except in breakdowns, where every group is treated alike.
 *
 * @param dreamsByTheme by top-level theme of the taxonomy; a dream counts once per theme
 * @param projectsByTheme by top-level theme; a project counts once per theme
 * @param participations attendance of the held events (people counted once per event)
 * @param engagedPeople people who said, at a held event, they want to get involved or carry a
 *     project
 */
public record KeyFigures(
    Instant asOf,
    long campaignsUnderway,
    Count dreamsReceived,
    List<BreakdownCell> dreamsByTheme,
    long challengesWorked,
    long dreamCollectionsHeld,
    long eveningsHeld,
    Count participations,
    Count engagedPeople,
    Count wouldBeCarriers,
    long dreamsCollectedAtEvents,
    long projectsSupported,
    List<BreakdownCell> projectsByStage,
    List<BreakdownCell> projectsByTheme,
    BigDecimal jobsCreated,
    BigDecimal jobsConsolidated) {

  public KeyFigures {
    dreamsByTheme = List.copyOf(dreamsByTheme);
    projectsByStage = List.copyOf(projectsByStage);
    projectsByTheme = List.copyOf(projectsByTheme);
  }
}
