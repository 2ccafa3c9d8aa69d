// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.essaim.node.domain.model.figures.Count;
import org.essaim.node.domain.model.figures.FiguresSnapshot;
import org.essaim.node.domain.model.figures.TerritoryFigures;
import org.junit.jupiter.api.Test;

/** The network totals month by month, and the territories tally. */
class NetworkFiguresHistoryTest {

  static final URI A = URI.create("https://a.example/actors/territory");
  static final URI B = URI.create("https://b.example/actors/territory");

  final FiguresFakes.Snapshots snapshots = new FiguresFakes.Snapshots();

  private void received(URI territory, long participants, String at) {
    snapshots.add(
        new FiguresSnapshot(
            territory,
            URI.create(territory.resolve("/objects/key-figures/1").toString()),
            new TerritoryFigures(
                "2026",
                Count.of(participants),
                Count.suppressed(),
                Count.of(1),
                Count.of(0),
                Count.of(0),
                Count.of(0),
                List.of(),
                List.of()),
            null,
            Instant.parse(at)));
  }

  @Test
  void eachMonthSumsTheLatestFiguresOfEachTerritoryReceivedByItsEnd() {
    received(A, 100, "2026-01-10T00:00:00Z");
    received(B, 50, "2026-02-28T23:59:59Z");
    received(A, 120, "2026-03-01T00:00:00Z");
    received(A, 130, "2026-05-01T00:00:00Z");
    NetworkFigures figures = new NetworkFigures();
    figures.snapshots = snapshots;
    List<NetworkFigures.MonthRow> months =
        figures.history(YearMonth.of(2025, 12), YearMonth.of(2026, 4));
    assertThat(months)
        .extracting(NetworkFigures.MonthRow::month)
        .containsExactly(
            YearMonth.of(2025, 12),
            YearMonth.of(2026, 1),
            YearMonth.of(2026, 2),
            YearMonth.of(2026, 3),
            YearMonth.of(2026, 4));
    assertThat(months)
        .extracting(m -> m.totals().participants().value())
        .containsExactly(0L, 100L, 150L, 170L, 170L);
    assertThat(months)
        .extracting(m -> m.totals().territoriesReporting())
        .containsExactly(0, 1, 2, 2, 2);
    assertThat(months.get(2).totals().engagedPeople().withheld()).isEqualTo(2);
  }

  @Test
  void tallyCountsLabelledAndLaunchingTerritories() {
    TerritoryTally tally =
        TerritoryTally.of(
            java.util.Arrays.asList(
                "LABELLED",
                "LABELLED",
                "IN_PROMO",
                "READY_FOR_LABEL",
                "NEEDS_MORE_TIME",
                "CANDIDATE",
                "SUSPENDED",
                "WITHDRAWN",
                null));
    assertThat(tally).isEqualTo(new TerritoryTally(8, 2, 3));
  }
}
