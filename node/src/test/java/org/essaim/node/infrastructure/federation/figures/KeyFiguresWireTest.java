// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.essaim.federation.vocab.essaim.KeyFigures;
import org.essaim.node.domain.model.figures.BreakdownCell;
import org.essaim.node.domain.model.figures.Count;
import org.essaim.node.domain.model.figures.TerritoryFigures;
import org.junit.jupiter.api.Test;

/** A territory's figures as its essaim:KeyFigures. */
class KeyFiguresWireTest {

  private static final URI ACTOR = URI.create("https://grenoble.example/actors/territory");
  private static final URI ADDRESS = URI.create("https://grenoble.example/objects/key-figures/1");

  @Test
  void countsAsPublishedWithheldOnesAbsentUnknownKeysLeftOut() {
    TerritoryFigures figures =
        new TerritoryFigures(
            "2026",
            Count.of(1250),
            Count.suppressed(),
            Count.of(12),
            Count.of(3),
            Count.of(0),
            Count.of(30),
            List.of(
                new BreakdownCell("idea", Count.of(0)),
                new BreakdownCell("launched", Count.suppressed()),
                new BreakdownCell("local-stage", Count.of(9))),
            List.of(
                new BreakdownCell("food", Count.of(6)),
                new BreakdownCell("food.short-supply-chains", Count.of(6)),
                new BreakdownCell("not-a-theme", Count.of(6))));
    KeyFigures wire = KeyFiguresWire.of(ADDRESS, ACTOR, figures);
    assertThat(wire.id()).isEqualTo(ADDRESS);
    assertThat(wire.publisher()).isEqualTo(ACTOR);
    assertThat(wire.territory()).isEqualTo(ACTOR);
    assertThat(wire.period()).isEqualTo("2026");
    assertThat(wire.participants()).isEqualTo(1250L);
    assertThat(wire.engagedPeople()).isNull();
    assertThat(wire.dreams()).isZero();
    assertThat(wire.territories()).isNull();
    assertThat(wire.projectsByStage())
        .containsExactly(new KeyFigures.Cell("idea", 0L), new KeyFigures.Cell("launched", null));
    assertThat(wire.projectsByTheme()).containsExactly(new KeyFigures.Cell("food", 6L));
    assertThat(KeyFigures.from(wire.toAsObject())).isEqualTo(wire);
  }
}
