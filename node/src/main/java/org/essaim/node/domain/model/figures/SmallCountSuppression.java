// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Suppression of small counts (statistical disclosure control), as statistics offices do it.
 *
 * <p><b>Primary:</b> a count from 1 to k − 1 is not published: "2 dreams about ageing from this
 * commune" may point at two neighbours. Zero is published: it tells nothing about anyone.
 *
 * <p><b>Secondary:</b> when a breakdown hides exactly one group while its total is published, that
 * group would be the total minus the others; the next smallest non-zero group is hidden as well.
 * With overlapping groups (a dream may carry two themes) the subtraction does not work exactly, but
 * the rule is kept: it costs little and needs no reasoning about overlaps.
 */
public final class SmallCountSuppression {

  /** The smallest group published: the usual threshold of statistics offices. */
  public static final int K = 5;

  private SmallCountSuppression() {}

  /** A single figure about people, such as the dreams received: hidden from 1 to k − 1. */
  public static Count total(long value) {
    return value > 0 && value < K ? Count.suppressed() : Count.of(value);
  }

  /**
   * A breakdown with its groups in the given order (the map's iteration order).
   *
   * @param counts group key → count (each ≥ 0)
   */
  public static List<BreakdownCell> breakdown(Map<String, Long> counts) {
    Map<String, Boolean> hidden = new LinkedHashMap<>();
    counts.forEach((key, n) -> hidden.put(key, n > 0 && n < K));
    long hiddenGroups = hidden.values().stream().filter(h -> h).count();
    if (hiddenGroups == 1) {
      counts.entrySet().stream()
          .filter(e -> e.getValue() > 0 && !hidden.get(e.getKey()))
          .min(Comparator.comparingLong((Map.Entry<String, Long> e) -> e.getValue()))
          .ifPresent(e -> hidden.put(e.getKey(), true));
    }
    List<BreakdownCell> cells = new ArrayList<>();
    counts.forEach(
        (key, n) ->
            cells.add(new BreakdownCell(key, hidden.get(key) ? Count.suppressed() : Count.of(n))));
    return List.copyOf(cells);
  }
}
