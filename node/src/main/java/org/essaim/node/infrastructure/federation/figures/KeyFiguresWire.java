// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.figures;

import java.net.URI;
import java.util.List;
import java.util.function.Predicate;
import org.essaim.federation.vocab.essaim.KeyFigures;
import org.essaim.federation.vocab.essaim.WireCodes;
import org.essaim.node.domain.model.figures.BreakdownCell;
import org.essaim.node.domain.model.figures.Count;
import org.essaim.node.domain.model.figures.TerritoryFigures;

/**
 * A territory's figures as its {@code essaim:KeyFigures}: counts only, withheld ones left out (the
 * reader takes a missing count as withheld), groups whose key the vocabulary does not know left out
 * rather than failing the object. Network-level counts (territories…) are the national node's.
 */
public final class KeyFiguresWire {

  private KeyFiguresWire() {}

  public static KeyFigures of(URI address, URI territory, TerritoryFigures figures) {
    return new KeyFigures(
        address,
        territory,
        territory,
        figures.period(),
        null,
        null,
        null,
        value(figures.participants()),
        value(figures.engagedPeople()),
        value(figures.projectsSupported()),
        value(figures.jobsCreated()),
        value(figures.dreams()),
        value(figures.challenges()),
        cells(figures.projectsByStage(), WireCodes::isProjectStage),
        cells(figures.projectsByTheme(), k -> WireCodes.isTheme(k) && !k.contains(".")));
  }

  private static Long value(Count count) {
    return count.isSuppressed() ? null : count.value().getAsLong();
  }

  private static List<KeyFigures.Cell> cells(List<BreakdownCell> cells, Predicate<String> known) {
    return cells.stream()
        .filter(c -> known.test(c.key()))
        .map(c -> new KeyFigures.Cell(c.key(), value(c.count())))
        .toList();
  }
}
