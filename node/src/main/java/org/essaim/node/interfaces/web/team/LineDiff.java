// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.team;

import java.util.ArrayList;
import java.util.List;

/**
 * A line-by-line comparison of two texts (longest common subsequence), so that an editor reads an
 * amendment as what it removes and what it adds. Texts too long for the table are shown as all
 * removed, then all added.
 */
public final class LineDiff {

  /** The most cells of the comparison table (lines before × lines after). */
  static final long MAX_CELLS = 4_000_000L;

  /** How a line changes. */
  public enum Change {
    SAME,
    REMOVED,
    ADDED
  }

  /** One line of the comparison. */
  public record Line(Change change, String text) {

    public boolean removed() {
      return change == Change.REMOVED;
    }

    public boolean added() {
      return change == Change.ADDED;
    }
  }

  private LineDiff() {}

  public static List<Line> of(String before, String after) {
    String[] a = lines(before);
    String[] b = lines(after);
    List<Line> out = new ArrayList<>();
    if ((long) a.length * b.length > MAX_CELLS) {
      for (String line : a) {
        out.add(new Line(Change.REMOVED, line));
      }
      for (String line : b) {
        out.add(new Line(Change.ADDED, line));
      }
      return out;
    }
    // common[i][j]: the longest common run of a[i..] and b[j..].
    int[][] common = new int[a.length + 1][b.length + 1];
    for (int i = a.length - 1; i >= 0; i--) {
      for (int j = b.length - 1; j >= 0; j--) {
        common[i][j] =
            a[i].equals(b[j])
                ? common[i + 1][j + 1] + 1
                : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i].equals(b[j])) {
        out.add(new Line(Change.SAME, a[i]));
        i++;
        j++;
      } else if (common[i + 1][j] >= common[i][j + 1]) {
        out.add(new Line(Change.REMOVED, a[i++]));
      } else {
        out.add(new Line(Change.ADDED, b[j++]));
      }
    }
    while (i < a.length) {
      out.add(new Line(Change.REMOVED, a[i++]));
    }
    while (j < b.length) {
      out.add(new Line(Change.ADDED, b[j++]));
    }
    return out;
  }

  private static String[] lines(String text) {
    if (text == null || text.isEmpty()) {
      return new String[0];
    }
    return text.replace("\r\n", "\n").split("\n", -1);
  }
}
