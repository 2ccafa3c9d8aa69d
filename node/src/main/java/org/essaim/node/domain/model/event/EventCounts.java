// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.event;

import org.essaim.node.domain.shared.DomainRuleViolation;

/**
 * What an event counted, as aggregates only: who came and who wants to go on is never kept here as
 * a list of people. Each figure is optional (null when not counted) and never negative. Lons, 13
 * September 2024: 174 contributors, « plus de 250 personnes en tout », 49 who want to get involved,
 * 24 who want to carry a project, 19 solutions presented at the forum.
 *
 * @param participantCount people who took part
 * @param contributorCount people who contributed at the tables (« contributeurs »)
 * @param wantToGetInvolvedCount people who said they want to get involved afterwards
 * @param wantToCarryCount people who said they want to carry a project
 * @param solutionsPresentedCount solutions presented (forum)
 * @param totalAttendance everyone present, audience included
 * @param tables tables of the soirée (usually one per défi)
 * @param dreamCount dreams collected, for a dream-collection session only
 */
public record EventCounts(
    Integer participantCount,
    Integer contributorCount,
    Integer wantToGetInvolvedCount,
    Integer wantToCarryCount,
    Integer solutionsPresentedCount,
    Integer totalAttendance,
    Integer tables,
    Integer dreamCount) {

  /** Nothing counted. */
  public static final EventCounts NONE =
      new EventCounts(null, null, null, null, null, null, null, null);

  public EventCounts {
    notNegative("counts.participantCount", participantCount);
    notNegative("counts.contributorCount", contributorCount);
    notNegative("counts.wantToGetInvolvedCount", wantToGetInvolvedCount);
    notNegative("counts.wantToCarryCount", wantToCarryCount);
    notNegative("counts.solutionsPresentedCount", solutionsPresentedCount);
    notNegative("counts.totalAttendance", totalAttendance);
    notNegative("counts.tables", tables);
    notNegative("counts.dreamCount", dreamCount);
    atMost("counts.contributorCount", contributorCount, "totalAttendance", totalAttendance);
    atMost("counts.participantCount", participantCount, "totalAttendance", totalAttendance);
  }

  /** Whether nothing was counted. */
  public boolean isEmpty() {
    return equals(NONE);
  }

  private static void notNegative(String field, Integer value) {
    if (value != null && value < 0) {
      throw new DomainRuleViolation(field, "must be 0 or more");
    }
  }

  private static void atMost(String field, Integer value, String otherName, Integer other) {
    if (value != null && other != null && value > other) {
      throw new DomainRuleViolation(field, "cannot exceed " + otherName + " (" + other + ")");
    }
  }
}
