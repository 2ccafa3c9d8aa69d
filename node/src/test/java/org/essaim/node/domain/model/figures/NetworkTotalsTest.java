// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Summing territories' figures: withheld values are reported, never summed as zero. */
class NetworkTotalsTest {

  static TerritoryFigures figures(
      Count participants, long projects, List<BreakdownCell> stages, List<BreakdownCell> themes) {
    return new TerritoryFigures(
        "2026",
        participants,
        Count.of(40),
        Count.of(projects),
        Count.of(3),
        Count.suppressed(),
        Count.of(10),
        stages,
        themes);
  }

  static BreakdownCell cell(String key, Long count) {
    return new BreakdownCell(key, count == null ? Count.suppressed() : Count.of(count));
  }

  @Test
  void valuesAreSummedAndWithheldOnesCountedApart() {
    NetworkTotals totals =
        NetworkTotals.of(
            List.of(
                figures(Count.of(1250), 12, List.of(), List.of()),
                figures(Count.suppressed(), 7, List.of(), List.of()),
                figures(Count.of(0), 5, List.of(), List.of())));
    assertThat(totals.territoriesReporting()).isEqualTo(3);
    assertThat(totals.participants()).isEqualTo(new FigureTotal(1250, 2, 1));
    assertThat(totals.projectsSupported()).isEqualTo(new FigureTotal(24, 3, 0));
    assertThat(totals.engagedPeople()).isEqualTo(new FigureTotal(120, 3, 0));
    assertThat(totals.jobsCreated().value()).isEqualTo(9);
    // Withheld everywhere: a zero value, but nobody reporting, every territory withholding.
    assertThat(totals.dreams()).isEqualTo(new FigureTotal(0, 0, 3));
  }

  @Test
  void breakdownsAreSummedByKeyInTheOrderFirstSeen() {
    NetworkTotals totals =
        NetworkTotals.of(
            List.of(
                figures(
                    Count.of(5),
                    1,
                    List.of(cell("idea", 6L), cell("launched", null)),
                    List.of(cell("food", 5L))),
                figures(
                    Count.of(5),
                    1,
                    List.of(cell("launched", 8L), cell("idea", 0L), cell("creation", 9L)),
                    List.of())));
    assertThat(totals.projectsByStage())
        .containsExactly(
            new NetworkTotals.KeyedTotal("idea", new FigureTotal(6, 2, 0)),
            new NetworkTotals.KeyedTotal("launched", new FigureTotal(8, 1, 1)),
            new NetworkTotals.KeyedTotal("creation", new FigureTotal(9, 1, 0)));
    // A theme one territory does not list is neither reported nor withheld by it.
    assertThat(totals.projectsByTheme())
        .containsExactly(new NetworkTotals.KeyedTotal("food", new FigureTotal(5, 1, 0)));
  }

  @Test
  void noTerritoryIsZeroEverywhere() {
    NetworkTotals totals = NetworkTotals.of(List.of());
    assertThat(totals.territoriesReporting()).isZero();
    assertThat(totals.participants()).isEqualTo(FigureTotal.NONE);
    assertThat(totals.projectsByStage()).isEmpty();
  }

  @Test
  void ownFiguresAreTheSuppressedOnesWithWholeJobsAndTheLocalYear() {
    KeyFigures own =
        new KeyFigures(
            Instant.parse("2025-12-31T23:30:00Z"),
            1,
            Count.suppressed(),
            List.of(),
            4,
            1,
            0,
            Count.of(250),
            Count.suppressed(),
            Count.suppressed(),
            0,
            12,
            List.of(cell("idea", 0L)),
            List.of(),
            new BigDecimal("2.5"),
            BigDecimal.ONE);
    TerritoryFigures figures = TerritoryFigures.of(own, ZoneId.of("Europe/Paris"));
    assertThat(figures.period()).isEqualTo("2026");
    assertThat(figures.participants()).isEqualTo(Count.of(250));
    assertThat(figures.engagedPeople().isSuppressed()).isTrue();
    assertThat(figures.dreams().isSuppressed()).isTrue();
    assertThat(figures.projectsSupported()).isEqualTo(Count.of(12));
    assertThat(figures.challenges()).isEqualTo(Count.of(4));
    assertThat(figures.jobsCreated()).isEqualTo(Count.of(3));
    assertThat(TerritoryFigures.wholeJobs(new BigDecimal("2.49"))).isEqualTo(2);
    assertThat(TerritoryFigures.wholeJobs(null)).isZero();
  }

  @Test
  void snapshotsKeepWithheldValuesAndBreakdowns() {
    TerritoryFigures figures =
        figures(
            Count.suppressed(),
            12,
            List.of(cell("idea", 0L), cell("launched", null), cell("first-steps", 7L)),
            List.of(cell("circular-economy", 5L)));
    FiguresSnapshot snapshot =
        new FiguresSnapshot(
            URI.create("https://grenoble.example/actors/territory"),
            URI.create("https://grenoble.example/objects/key-figures/1"),
            figures,
            null,
            Instant.parse("2026-03-02T09:00:00Z"));
    assertThat(snapshot.figures()).isEqualTo(figures);
    assertThat(snapshot.figuresUpdated()).isEmpty();
    assertThat(FiguresSnapshot.decode("")).isEmpty();
    assertThatThrownBy(() -> FiguresSnapshot.encode(List.of(cell("a=1;b", 2L))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
