// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.testsupport;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Ranking measures of one query: the ids the engine returned, best first, against the graded
 * judgments (id → grade, 1 relevant, 2 highly relevant; an unlisted id is not relevant).
 */
public final class RelevanceMetrics {

  private RelevanceMetrics() {}

  /** Share of the first {@code k} places that hold a relevant id (k places, even when fewer). */
  public static double precisionAt(int k, List<String> ranked, Map<String, Integer> judged) {
    return (double) relevantIn(top(k, ranked), judged) / k;
  }

  /** Share of the relevant ids found in the first {@code k} places; 0 when none is judged. */
  public static double recallAt(int k, List<String> ranked, Map<String, Integer> judged) {
    long relevant = judged.values().stream().filter(g -> g > 0).count();
    return relevant == 0 ? 0 : (double) relevantIn(top(k, ranked), judged) / relevant;
  }

  /** 1 / rank of the first relevant id within the first {@code k} places, else 0. */
  public static double reciprocalRankAt(int k, List<String> ranked, Map<String, Integer> judged) {
    List<String> top = top(k, ranked);
    for (int i = 0; i < top.size(); i++) {
      if (grade(top.get(i), judged) > 0) {
        return 1.0 / (i + 1);
      }
    }
    return 0;
  }

  /**
   * Normalised discounted cumulative gain at {@code k}: gain 2^grade − 1 (3 for a highly relevant
   * id, 1 for a relevant one), discounted by log2(rank + 1), divided by the gain of the ideal
   * ordering of the judged ids; 0 when none is judged relevant.
   */
  public static double ndcgAt(int k, List<String> ranked, Map<String, Integer> judged) {
    List<Integer> ideal = new ArrayList<>(judged.values());
    ideal.removeIf(g -> g <= 0);
    ideal.sort(Comparator.reverseOrder());
    double best = dcg(top(k, ideal));
    if (best == 0) {
      return 0;
    }
    List<Integer> grades = top(k, ranked).stream().map(id -> grade(id, judged)).toList();
    return dcg(grades) / best;
  }

  private static double dcg(List<Integer> grades) {
    double sum = 0;
    for (int i = 0; i < grades.size(); i++) {
      sum += (Math.pow(2, grades.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
    }
    return sum;
  }

  private static long relevantIn(List<String> ids, Map<String, Integer> judged) {
    return ids.stream().filter(id -> grade(id, judged) > 0).count();
  }

  private static int grade(String id, Map<String, Integer> judged) {
    return judged.getOrDefault(id, 0);
  }

  private static <T> List<T> top(int k, List<T> list) {
    return list.subList(0, Math.min(k, list.size()));
  }
}
