// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * One territory's figures as the network sums them: what a territory node publishes as its {@code
 * essaim:KeyFigures}, already suppressed (a withheld count stays withheld: it is never read as
 * zero).
 *
 * @param period the year the figures were computed in (they are cumulative), such as 2026
 * @param participants attendance of the held events
 * @param engagedPeople people who want to get involved or carry a project
 * @param projectsSupported projects, whatever their status
 * @param jobsCreated jobs created, rounded to whole jobs
 * @param dreams dreams received
 * @param challenges défis worked
 * @param projectsByStage projects by stage key
 * @param projectsByTheme projects by top-level theme key
 */
public record TerritoryFigures(
    String period,
    Count participants,
    Count engagedPeople,
    Count projectsSupported,
    Count jobsCreated,
    Count dreams,
    Count challenges,
    List<BreakdownCell> projectsByStage,
    List<BreakdownCell> projectsByTheme) {

  public TerritoryFigures {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(participants, "participants");
    Objects.requireNonNull(engagedPeople, "engagedPeople");
    Objects.requireNonNull(projectsSupported, "projectsSupported");
    Objects.requireNonNull(jobsCreated, "jobsCreated");
    Objects.requireNonNull(dreams, "dreams");
    Objects.requireNonNull(challenges, "challenges");
    projectsByStage = List.copyOf(projectsByStage);
    projectsByTheme = List.copyOf(projectsByTheme);
  }

  /** This node's own figures, as it publishes them. */
  public static TerritoryFigures of(KeyFigures figures, ZoneId zone) {
    return new TerritoryFigures(
        period(figures.asOf(), zone),
        figures.participations(),
        figures.engagedPeople(),
        Count.of(figures.projectsSupported()),
        Count.of(wholeJobs(figures.jobsCreated())),
        figures.dreamsReceived(),
        Count.of(figures.challengesWorked()),
        figures.projectsByStage(),
        figures.projectsByTheme());
  }

  /** The year of the figures in the territory's zone. */
  public static String period(Instant asOf, ZoneId zone) {
    return Integer.toString(asOf.atZone(zone).getYear());
  }

  /** Jobs are counted whole on the wire (the network's figures are whole jobs): half up. */
  public static long wholeJobs(BigDecimal jobs) {
    return jobs == null ? 0 : Math.max(0, jobs.setScale(0, RoundingMode.HALF_UP).longValueExact());
  }
}
