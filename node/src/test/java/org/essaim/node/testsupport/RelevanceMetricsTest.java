// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RelevanceMetricsTest {

  static final Map<String, Integer> JUDGED = Map.of("a", 2, "b", 1, "c", 1);

  @Test
  void precisionCountsEveryPlaceEvenWhenFewerResultsCameBack() {
    assertThat(RelevanceMetrics.precisionAt(5, List.of("a", "x", "b"), JUDGED)).isEqualTo(0.4);
    assertThat(RelevanceMetrics.precisionAt(5, List.of(), JUDGED)).isZero();
  }

  @Test
  void recallIsTheShareOfRelevantIdsFoundInTheFirstPlaces() {
    assertThat(RelevanceMetrics.recallAt(10, List.of("x", "c", "a"), JUDGED))
        .isCloseTo(2.0 / 3, within(1e-9));
    assertThat(RelevanceMetrics.recallAt(2, List.of("x", "c", "a"), JUDGED))
        .isCloseTo(1.0 / 3, within(1e-9));
    assertThat(RelevanceMetrics.recallAt(10, List.of("a"), Map.of())).isZero();
  }

  @Test
  void reciprocalRankIsThatOfTheFirstRelevantId() {
    assertThat(RelevanceMetrics.reciprocalRankAt(10, List.of("x", "y", "b", "a"), JUDGED))
        .isCloseTo(1.0 / 3, within(1e-9));
    assertThat(RelevanceMetrics.reciprocalRankAt(2, List.of("x", "y", "b"), JUDGED)).isZero();
  }

  @Test
  void ndcgIsOneForTheIdealOrderAndLowerWhenTheBestIdComesLate() {
    assertThat(RelevanceMetrics.ndcgAt(10, List.of("a", "b", "c"), JUDGED))
        .isCloseTo(1.0, within(1e-9));
    assertThat(RelevanceMetrics.ndcgAt(10, List.of("a", "c", "b", "x"), JUDGED))
        .isCloseTo(1.0, within(1e-9));
    // Ideal: 3/1 + 1/log2(3) + 1/2 = 4.1309; got: b, x, a → 1 + 3/2 = 2.5.
    double ideal = 3 + 1 / (Math.log(3) / Math.log(2)) + 0.5;
    assertThat(RelevanceMetrics.ndcgAt(10, List.of("b", "x", "a"), JUDGED))
        .isCloseTo(2.5 / ideal, within(1e-9));
    assertThat(RelevanceMetrics.ndcgAt(10, List.of("x"), JUDGED)).isZero();
    assertThat(RelevanceMetrics.ndcgAt(10, List.of("x"), Map.of())).isZero();
  }
}
