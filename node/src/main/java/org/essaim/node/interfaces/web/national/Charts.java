// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.national;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Bar charts as geometry the templates draw in SVG: coordinates are computed here, so templates
 * only place elements and the page needs no script. Every chart also comes with its numbers as text
 * (value labels, and a table on the page).
 */
public final class Charts {

  static final int WIDTH = 480;
  private static final double LEFT = 44;
  private static final double TOP = 16;
  private static final double BOTTOM = 36;
  private static final double COLUMN_PLOT = 160;
  private static final double ROW = 44;

  private Charts() {}

  /**
   * One bar: its rectangle, its label and value as text, and where to write them.
   *
   * @param label what the bar counts (a month, a stage, a theme)
   * @param value the value in words (« 1 250 »)
   */
  public record Bar(
      double x,
      double y,
      double width,
      double height,
      String label,
      String value,
      double labelX,
      double labelY,
      double valueX,
      double valueY) {}

  /** A value-axis graduation and its line. */
  public record Tick(double position, String label) {}

  /**
   * A chart: {@code id} names its title and description elements (aria-labelledby).
   *
   * @param columns vertical bars (months) rather than rows (stages, themes)
   */
  public record Chart(
      String id,
      String title,
      String description,
      boolean columns,
      int width,
      int height,
      double plotLeft,
      double plotRight,
      double plotTop,
      double plotBottom,
      List<Tick> ticks,
      List<Bar> bars) {}

  /** Vertical bars over time, with a value axis of three graduations. */
  static Chart columns(
      String id,
      String title,
      String description,
      List<String> labels,
      List<Long> values,
      Locale locale) {
    double plotRight = WIDTH - 8;
    double plotBottom = TOP + COLUMN_PLOT;
    // At least 2, so that the middle graduation is a whole number even for an empty network.
    long top = Math.max(2, niceCeiling(max(values)));
    double slot = (plotRight - LEFT) / Math.max(1, values.size());
    List<Bar> bars = new ArrayList<>();
    // Past eight bars, every other label (counted from the last), so that they never touch; the
    // table beside the chart names every one.
    int step = values.size() > 8 ? 2 : 1;
    for (int i = 0; i < values.size(); i++) {
      double h = COLUMN_PLOT * values.get(i) / top;
      double x = LEFT + i * slot + slot * 0.15;
      double w = slot * 0.7;
      bars.add(
          new Bar(
              round(x),
              round(plotBottom - h),
              round(w),
              round(h),
              (values.size() - 1 - i) % step == 0 ? labels.get(i) : "",
              number(values.get(i), locale),
              round(x + w / 2),
              plotBottom + 20,
              round(x + w / 2),
              round(plotBottom - h - 4)));
    }
    List<Tick> ticks = new ArrayList<>();
    for (int i = 0; i <= 2; i++) {
      long v = top * i / 2;
      ticks.add(new Tick(round(plotBottom - COLUMN_PLOT * i / 2.0), number(v, locale)));
    }
    return new Chart(
        id,
        title,
        description,
        true,
        WIDTH,
        (int) (plotBottom + BOTTOM),
        LEFT,
        plotRight,
        TOP,
        plotBottom,
        ticks,
        bars);
  }

  /** Horizontal bars, one per group, each label written above its bar and the value after it. */
  static Chart rows(
      String id,
      String title,
      String description,
      List<String> labels,
      List<Long> values,
      Locale locale) {
    double left = 8;
    double right = WIDTH - 72;
    long top = Math.max(1, max(values));
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      double y = TOP + i * ROW;
      double w = (right - left) * values.get(i) / top;
      bars.add(
          new Bar(
              left,
              round(y + 18),
              round(Math.max(w, 1)),
              16,
              labels.get(i),
              number(values.get(i), locale),
              left,
              round(y + 13),
              round(left + Math.max(w, 1) + 6),
              round(y + 31)));
    }
    int height = (int) (TOP + Math.max(1, values.size()) * ROW);
    return new Chart(
        id, title, description, false, WIDTH, height, left, right, TOP, height, List.of(), bars);
  }

  static String number(long value, Locale locale) {
    return String.format(locale, "%,d", value);
  }

  private static long max(List<Long> values) {
    return values.stream().mapToLong(Long::longValue).max().orElse(0);
  }

  /** 1, 2 or 5 times a power of ten, at least {@code value}: round graduations. */
  static long niceCeiling(long value) {
    if (value <= 0) {
      return 0;
    }
    long power = 1;
    while (power * 10 <= value) {
      power *= 10;
    }
    for (long step : new long[] {1, 2, 5, 10}) {
      if (step * power >= value) {
        return step * power;
      }
    }
    return 10 * power;
  }

  private static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }
}
