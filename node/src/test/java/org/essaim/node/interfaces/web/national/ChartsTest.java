// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.national;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ChartsTest {

  @Test
  void graduationsAreRound() {
    assertThat(Charts.niceCeiling(0)).isZero();
    assertThat(Charts.niceCeiling(1)).isEqualTo(1);
    assertThat(Charts.niceCeiling(7)).isEqualTo(10);
    assertThat(Charts.niceCeiling(12)).isEqualTo(20);
    assertThat(Charts.niceCeiling(420)).isEqualTo(500);
    assertThat(Charts.niceCeiling(1000)).isEqualTo(1000);
  }

  @Test
  void columnsAreProportionalAndWriteTheirValues() {
    Charts.Chart chart =
        Charts.columns("c", "t", "d", List.of("01/26", "02/26"), List.of(50L, 100L), Locale.FRENCH);
    assertThat(chart.bars()).hasSize(2);
    assertThat(chart.bars().get(1).height()).isEqualTo(2 * chart.bars().get(0).height());
    assertThat(chart.bars().get(1).y() + chart.bars().get(1).height())
        .isEqualTo(chart.plotBottom());
    assertThat(chart.bars()).extracting(Charts.Bar::value).containsExactly("50", "100");
    assertThat(chart.ticks()).extracting(Charts.Tick::label).containsExactly("0", "50", "100");
  }

  @Test
  void manyMonthsAreLabelledEveryOtherOneEndingWithTheLast() {
    List<String> labels = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
    Charts.Chart chart =
        Charts.columns("c", "t", "d", labels, java.util.Collections.nCopies(10, 3L), Locale.FRENCH);
    assertThat(chart.bars())
        .extracting(Charts.Bar::label)
        .containsExactly("", "2", "", "4", "", "6", "", "8", "", "10");
  }

  @Test
  void anEmptyNetworkDrawsFlatBars() {
    Charts.Chart chart =
        Charts.columns("c", "t", "d", List.of("01/26"), List.of(0L), Locale.ENGLISH);
    assertThat(chart.bars().get(0).height()).isZero();
    assertThat(chart.ticks()).extracting(Charts.Tick::label).containsExactly("0", "1", "2");
  }

  @Test
  void rowsGrowWithTheirGroups() {
    Charts.Chart chart =
        Charts.rows("r", "t", "d", List.of("a", "b", "c"), List.of(1L, 2L, 4L), Locale.FRENCH);
    assertThat(chart.columns()).isFalse();
    assertThat(chart.bars().get(2).width()).isGreaterThan(chart.bars().get(1).width());
    assertThat(chart.height()).isGreaterThan(3 * 40);
  }
}
