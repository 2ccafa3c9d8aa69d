// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.figures;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The raw counts behind the key figures, straight from the node's records (every visibility: an
 * aggregate is how private records may be counted).
 */
public interface TerritoryCounts {

  /** Campaigns out of PLANNED. */
  long campaignsUnderway();

  /** Dreams received, except the rejected ones and those merged into another. */
  long dreamsReceived();

  /** For each of those dreams, its theme keys (a dream without theme has an empty list). */
  Map<Long, List<String>> dreamThemes();

  /** Défis out of DRAFT, except those merged into another. */
  long challengesWorked();

  /** What the HELD events add up to. */
  EventTotals heldEvents();

  /** Every project, whatever its status. */
  long projects();

  /** Project stage key → number of projects at that stage. */
  Map<String, Long> projectsByStage();

  /** For each project, its theme keys. */
  Map<Long, List<String>> projectThemes();

  /**
   * The sum over projects of each project's latest measurement of an impact indicator, such as
   * {@code jobs-created}.
   */
  BigDecimal latestImpactTotal(String indicator);
}
