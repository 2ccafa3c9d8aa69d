// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.network;

import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.essaim.node.application.federation.figures.NetworkFigures;
import org.essaim.node.domain.model.figures.BreakdownCell;
import org.essaim.node.domain.model.figures.Count;
import org.essaim.node.domain.model.figures.FigureTotal;
import org.essaim.node.domain.model.figures.NetworkTotals;
import org.essaim.node.domain.model.figures.TerritoryFigures;
import org.essaim.node.domain.model.taxonomy.Concept;

/** The network's key figures: totals, each territory's figures, and the totals month by month. */
@Schema(name = "NetworkKeyFigures")
public record NetworkFiguresDocument(
    Instant asOf,
    Territories territories,
    Totals totals,
    List<TerritoryRow> byTerritory,
    List<Month> history) {

  /** « N territoires dont L labellisés et M en lancement ». */
  @Schema(name = "NetworkTerritoryCount")
  public record Territories(
      @Schema(description = "Territories of the network, withdrawn ones excepted", example = "24")
          long total,
      @Schema(example = "17") long labelled,
      @Schema(description = "In a promo or past it, not yet labelled", example = "7")
          long launching) {}

  /** A figure summed over territories. */
  @Schema(name = "NetworkFigureTotal")
  public record Total(
      @Schema(description = "Sum of the published values", example = "17800") long value,
      @Schema(description = "Territories whose value is in the sum", example = "23") int reporting,
      @Schema(
              description =
                  "Territories whose value is withheld (fewer than 5): not in the sum, so the"
                      + " sum is a lower bound",
              example = "1")
          int withheld) {

    static Total of(FigureTotal total) {
      return new Total(total.value(), total.reporting(), total.withheld());
    }
  }

  /** One group of a summed breakdown. */
  @Schema(name = "NetworkFigureGroup")
  public record Group(
      @Schema(example = "launched") String key,
      @Schema(example = "Lancé") String labelFr,
      @Schema(example = "Launched") String labelEn,
      long value,
      int reporting,
      int withheld) {}

  /** The totals. */
  @Schema(name = "NetworkFigureTotals")
  public record Totals(
      @Schema(description = "Territories whose figures are summed", example = "24")
          int territoriesReporting,
      Total participants,
      Total engagedPeople,
      Total projectsSupported,
      @Schema(description = "Whole jobs (each territory's rounded half up)") Total jobsCreated,
      Total dreams,
      Total challenges,
      List<Group> projectsByStage,
      List<Group> projectsByTheme) {}

  /** One group of a territory's breakdown; {@code count} absent when withheld. */
  @Schema(name = "TerritoryFigureGroup")
  public record Cell(@Schema(example = "food") String key, Long count, boolean withheld) {}

  /** One territory's figures, as it published them; a withheld count is absent. */
  @Schema(name = "TerritoryFigures")
  public record TerritoryRow(
      @Schema(example = "https://essaim.grenoble.example/actors/territory") String actor,
      @Schema(example = "Grenoble") String name,
      @Schema(description = "This node's own territory (figures computed now)") boolean own,
      @Schema(description = "The year the figures were computed in (cumulative)", example = "2026")
          String period,
      Long participants,
      Long engagedPeople,
      Long projectsSupported,
      Long jobsCreated,
      Long dreams,
      Long challenges,
      List<Cell> projectsByStage,
      List<Cell> projectsByTheme,
      @Schema(description = "When the territory computed them") Instant updated,
      @Schema(description = "When this node received them") Instant receivedAt) {}

  /** The totals at the end of a month (UTC), from the figures received by then. */
  @Schema(name = "NetworkFiguresMonth")
  public record Month(@Schema(example = "2026-03") String month, Totals totals) {}

  static NetworkFiguresDocument of(
      NetworkFigures.View view, BiFunction<Boolean, String, Concept> concepts) {
    return new NetworkFiguresDocument(
        view.asOf(),
        new Territories(
            view.territories().territories(),
            view.territories().labelled(),
            view.territories().launching()),
        totals(view.totals(), concepts),
        view.byTerritory().stream().map(NetworkFiguresDocument::row).toList(),
        view.history().stream()
            .map(m -> new Month(m.month().toString(), totals(m.totals(), concepts)))
            .toList());
  }

  /**
   * @param concepts (stage?, key) → the concept of a stage ({@code true}) or a theme, or null
   */
  static Totals totals(NetworkTotals t, BiFunction<Boolean, String, Concept> concepts) {
    return new Totals(
        t.territoriesReporting(),
        Total.of(t.participants()),
        Total.of(t.engagedPeople()),
        Total.of(t.projectsSupported()),
        Total.of(t.jobsCreated()),
        Total.of(t.dreams()),
        Total.of(t.challenges()),
        groups(t.projectsByStage(), true, concepts),
        groups(t.projectsByTheme(), false, concepts));
  }

  private static List<Group> groups(
      List<NetworkTotals.KeyedTotal> totals,
      boolean stage,
      BiFunction<Boolean, String, Concept> concepts) {
    return totals.stream()
        .map(
            g -> {
              Concept concept = concepts.apply(stage, g.key());
              return new Group(
                  g.key(),
                  concept == null ? null : concept.labelFr(),
                  concept == null ? null : concept.labelEn(),
                  g.total().value(),
                  g.total().reporting(),
                  g.total().withheld());
            })
        .toList();
  }

  private static TerritoryRow row(NetworkFigures.TerritoryRow row) {
    TerritoryFigures f = row.figures();
    return new TerritoryRow(
        row.actor().toString(),
        row.name().orElse(null),
        row.own(),
        f.period(),
        value(f.participants()),
        value(f.engagedPeople()),
        value(f.projectsSupported()),
        value(f.jobsCreated()),
        value(f.dreams()),
        value(f.challenges()),
        cells(f.projectsByStage()),
        cells(f.projectsByTheme()),
        row.updated().orElse(null),
        row.receivedAt().orElse(null));
  }

  private static List<Cell> cells(List<BreakdownCell> cells) {
    return cells.stream()
        .map(c -> new Cell(c.key(), value(c.count()), c.count().isSuppressed()))
        .toList();
  }

  private static Long value(Count count) {
    return count.isSuppressed() ? null : count.value().getAsLong();
  }
}
