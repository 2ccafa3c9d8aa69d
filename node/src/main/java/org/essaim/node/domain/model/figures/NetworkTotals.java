// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.figures;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The network's figures: each territory's figures summed. A withheld value is left out of the sum
 * and counted as withheld, so that a reader knows the total is a lower bound.
 *
 * @param territoriesReporting territories whose figures are summed
 * @param projectsByStage by stage key, in the order the territories list them
 * @param projectsByTheme by top-level theme key, likewise
 */
public record NetworkTotals(
    int territoriesReporting,
    FigureTotal participants,
    FigureTotal engagedPeople,
    FigureTotal projectsSupported,
    FigureTotal jobsCreated,
    FigureTotal dreams,
    FigureTotal challenges,
    List<KeyedTotal> projectsByStage,
    List<KeyedTotal> projectsByTheme) {

  /** One group of a summed breakdown. */
  public record KeyedTotal(String key, FigureTotal total) {}

  public NetworkTotals {
    projectsByStage = List.copyOf(projectsByStage);
    projectsByTheme = List.copyOf(projectsByTheme);
  }

  public static NetworkTotals of(Collection<TerritoryFigures> territories) {
    return new NetworkTotals(
        territories.size(),
        sum(territories, TerritoryFigures::participants),
        sum(territories, TerritoryFigures::engagedPeople),
        sum(territories, TerritoryFigures::projectsSupported),
        sum(territories, TerritoryFigures::jobsCreated),
        sum(territories, TerritoryFigures::dreams),
        sum(territories, TerritoryFigures::challenges),
        breakdown(territories, TerritoryFigures::projectsByStage),
        breakdown(territories, TerritoryFigures::projectsByTheme));
  }

  private static FigureTotal sum(
      Collection<TerritoryFigures> territories, Function<TerritoryFigures, Count> figure) {
    FigureTotal total = FigureTotal.NONE;
    for (TerritoryFigures territory : territories) {
      total = total.plus(figure.apply(territory));
    }
    return total;
  }

  // A group a territory does not list is neither reported nor withheld by it.
  private static List<KeyedTotal> breakdown(
      Collection<TerritoryFigures> territories,
      Function<TerritoryFigures, List<BreakdownCell>> cells) {
    Map<String, FigureTotal> totals = new LinkedHashMap<>();
    for (TerritoryFigures territory : territories) {
      for (BreakdownCell cell : cells.apply(territory)) {
        totals.merge(cell.key(), FigureTotal.NONE.plus(cell.count()), NetworkTotals::combine);
      }
    }
    return totals.entrySet().stream().map(e -> new KeyedTotal(e.getKey(), e.getValue())).toList();
  }

  private static FigureTotal combine(FigureTotal a, FigureTotal b) {
    return new FigureTotal(
        Math.addExact(a.value(), b.value()),
        a.reporting() + b.reporting(),
        a.withheld() + b.withheld());
  }
}
