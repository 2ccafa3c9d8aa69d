// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SmallCountSuppressionTest {

  @Test
  void aTotalFromOneToFourIsWithheldZeroAndFiveArePublished() {
    assertThat(SmallCountSuppression.total(0)).isEqualTo(Count.of(0));
    assertThat(SmallCountSuppression.total(1).isSuppressed()).isTrue();
    assertThat(SmallCountSuppression.total(4).isSuppressed()).isTrue();
    assertThat(SmallCountSuppression.total(5)).isEqualTo(Count.of(5));
  }

  @Test
  void smallGroupsAreWithheldAndOrderIsKept() {
    List<BreakdownCell> cells =
        SmallCountSuppression.breakdown(
            counts("food", 12, "mobility", 3, "housing", 0, "culture", 1));
    assertThat(cells)
        .extracting(BreakdownCell::key)
        .containsExactly("food", "mobility", "housing", "culture");
    assertThat(cells.get(0).count()).isEqualTo(Count.of(12));
    assertThat(cells.get(1).count().isSuppressed()).isTrue();
    assertThat(cells.get(2).count()).as("zero tells nothing about anyone").isEqualTo(Count.of(0));
    assertThat(cells.get(3).count().isSuppressed()).isTrue();
  }

  @Test
  void aLoneWithheldGroupTakesTheNextSmallestWithItSoNoSubtractionRevealsIt() {
    List<BreakdownCell> cells =
        SmallCountSuppression.breakdown(
            counts("food", 7, "mobility", 6, "culture", 2, "housing", 0));
    assertThat(cells.get(0).count()).isEqualTo(Count.of(7));
    assertThat(cells.get(1).count().isSuppressed()).as("secondary suppression").isTrue();
    assertThat(cells.get(2).count().isSuppressed()).as("primary suppression").isTrue();
    assertThat(cells.get(3).count()).isEqualTo(Count.of(0));
  }

  @Test
  void aLoneSmallGroupWithNothingElseToHideStaysHidden() {
    List<BreakdownCell> cells = SmallCountSuppression.breakdown(counts("launched", 2, "idea", 0));
    assertThat(cells.get(0).count().isSuppressed()).isTrue();
    assertThat(cells.get(1).count()).isEqualTo(Count.of(0));
  }

  @Test
  void largeGroupsArePublishedAsTheyAre() {
    assertThat(SmallCountSuppression.breakdown(counts("food", 5, "mobility", 50)))
        .extracting(BreakdownCell::count)
        .containsExactly(Count.of(5), Count.of(50));
  }

  private static Map<String, Long> counts(Object... keysAndCounts) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (int i = 0; i < keysAndCounts.length; i += 2) {
      counts.put((String) keysAndCounts[i], ((Integer) keysAndCounts[i + 1]).longValue());
    }
    return counts;
  }
}
