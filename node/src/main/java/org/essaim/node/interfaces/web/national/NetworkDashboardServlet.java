// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.national;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.essaim.node.application.federation.figures.NetworkFigures;
import org.essaim.node.application.federation.figures.NetworkFigures.MonthRow;
import org.essaim.node.domain.model.figures.Count;
import org.essaim.node.domain.model.figures.FigureTotal;
import org.essaim.node.domain.model.figures.NetworkTotals;
import org.essaim.node.domain.model.figures.NetworkTotals.KeyedTotal;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.domain.model.taxonomy.TaxonomyScheme;
import org.essaim.node.interfaces.web.Labels;
import org.essaim.node.interfaces.web.Languages;
import org.essaim.node.interfaces.web.WebMessages;

/**
 * {@code /network} on the aggregator: the network's key figures (the same {@link NetworkFigures} as
 * {@code GET /api/network/key-figures}), charts of the last twelve months and of projects by stage
 * and by theme, and each territory's figures. Charts are SVG with a title, a description and their
 * numbers in a table.
 */
@WebServlet("/network")
public class NetworkDashboardServlet extends NationalPage {

  private static final long serialVersionUID = 1L;

  /** The months the charts cover, this one included. */
  static final int MONTHS = 12;

  @Inject transient NetworkFigures figures;
  @Inject transient Taxonomy taxonomy;
  @Inject transient Clock clock;

  /**
   * A figure in words.
   *
   * @param note what the reader should know about it (territories that withheld it), or null
   */
  public record Figure(String key, String label, String value, String note) {}

  /** One month of the history table. */
  public record Month(String label, List<String> values) {}

  /** One territory's row. */
  public record TerritoryFigures(
      String name, String projects, String participants, String dreams, String updated) {}

  /** A figure of the history: its key, message and how to read it from the totals. */
  private record Series(String key, Function<NetworkTotals, FigureTotal> value) {}

  private static final List<Series> SERIES =
      List.of(
          new Series("projectsSupported", NetworkTotals::projectsSupported),
          new Series("participants", NetworkTotals::participants),
          new Series("dreams", NetworkTotals::dreams),
          new Series("jobsCreated", NetworkTotals::jobsCreated));

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!requireAggregator(request, response)) {
      return;
    }
    Locale locale = Languages.of(request);
    YearMonth to = YearMonth.from(clock.instant().atZone(ZoneOffset.UTC));
    NetworkFigures.View view = figures.current(to.minusMonths(MONTHS - 1L), to);
    NetworkTotals totals = view.totals();

    Map<String, Object> model = new HashMap<>();
    model.put("section", "national");
    model.put("asOf", day(view.asOf(), locale));
    List<Figure> counters = new ArrayList<>();
    counters.add(plain("territories", view.territories().territories(), locale));
    counters.add(plain("labelled", view.territories().labelled(), locale));
    counters.add(plain("launching", view.territories().launching(), locale));
    counters.add(plain("reporting", totals.territoriesReporting(), locale));
    counters.add(total("projectsSupported", totals.projectsSupported(), locale));
    counters.add(total("participants", totals.participants(), locale));
    counters.add(total("engagedPeople", totals.engagedPeople(), locale));
    counters.add(total("dreams", totals.dreams(), locale));
    counters.add(total("challenges", totals.challenges(), locale));
    counters.add(total("jobsCreated", totals.jobsCreated(), locale));
    model.put("counters", counters);

    DateTimeFormatter monthFormat = DateTimeFormatter.ofPattern("MM/yy", locale);
    DateTimeFormatter monthLong = DateTimeFormatter.ofPattern("MMMM yyyy", locale);
    List<String> monthLabels =
        view.history().stream().map(m -> monthFormat.format(m.month())).toList();
    List<Charts.Chart> timeCharts = new ArrayList<>();
    for (Series series : SERIES) {
      String label = WebMessages.text(locale, "national.figure." + series.key());
      timeCharts.add(
          Charts.columns(
              "chart-" + series.key(),
              WebMessages.text(locale, "national.chart.overTime", label),
              WebMessages.text(
                  locale,
                  "national.chart.overTimeDescription",
                  label,
                  monthLong.format(view.history().get(0).month()),
                  monthLong.format(to)),
              monthLabels,
              view.history().stream().map(m -> series.value().apply(m.totals()).value()).toList(),
              locale));
    }
    model.put("timeCharts", timeCharts);
    model.put(
        "historyHeaders",
        SERIES.stream().map(s -> WebMessages.text(locale, "national.figure." + s.key())).toList());
    List<Month> months = new ArrayList<>();
    for (MonthRow row : view.history()) {
      months.add(
          new Month(
              monthLong.format(row.month()),
              SERIES.stream()
                  .map(s -> Charts.number(s.value().apply(row.totals()).value(), locale))
                  .toList()));
    }
    model.put("months", months);

    model.put(
        "stageChart",
        breakdown(
            "chart-stages",
            "national.chart.byStage",
            totals.projectsByStage(),
            TaxonomyScheme.PROJECT_STAGES,
            locale));
    model.put(
        "themeChart",
        breakdown(
            "chart-themes",
            "national.chart.byTheme",
            totals.projectsByTheme(),
            TaxonomyScheme.THEMES,
            locale));

    model.put(
        "territories",
        view.byTerritory().stream()
            .map(
                t ->
                    new TerritoryFigures(
                        t.name().orElse(t.actor().getHost()),
                        count(t.figures().projectsSupported(), locale),
                        count(t.figures().participants(), locale),
                        count(t.figures().dreams(), locale),
                        t.updated()
                            .or(() -> t.receivedAt())
                            .map(at -> day(at, locale))
                            .orElse("—")))
            .toList());
    render(request, response, "national-dashboard", model);
  }

  private Charts.Chart breakdown(
      String id, String titleKey, List<KeyedTotal> groups, TaxonomyScheme scheme, Locale locale) {
    List<KeyedTotal> shown = groups.stream().filter(g -> g.total().reporting() > 0).toList();
    return Charts.rows(
        id,
        WebMessages.text(locale, titleKey),
        WebMessages.text(locale, titleKey + "Description", shown.size()),
        shown.stream().map(g -> Labels.concept(taxonomy, scheme, g.key(), locale)).toList(),
        shown.stream().map(g -> g.total().value()).toList(),
        locale);
  }

  private static Figure plain(String key, long value, Locale locale) {
    return new Figure(
        key,
        WebMessages.text(locale, "national.figure." + key),
        Charts.number(value, locale),
        null);
  }

  private static Figure total(String key, FigureTotal total, Locale locale) {
    return new Figure(
        key,
        WebMessages.text(locale, "national.figure." + key),
        Charts.number(total.value(), locale),
        total.withheld() == 0
            ? null
            : WebMessages.text(locale, "national.figure.withheld", total.withheld()));
  }

  private static String count(Count count, Locale locale) {
    return count.isSuppressed()
        ? WebMessages.text(locale, "figures.suppressed")
        : Charts.number(count.value().getAsLong(), locale);
  }
}
