// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.figures;

/**
 * A figure summed over territories.
 *
 * @param value the sum of the published values
 * @param reporting territories whose value is in the sum
 * @param withheld territories whose value is withheld (small count): not in the sum, and not read
 *     as zero either
 */
public record FigureTotal(long value, int reporting, int withheld) {

  public static final FigureTotal NONE = new FigureTotal(0, 0, 0);

  /** This total with one more territory's count. */
  public FigureTotal plus(Count count) {
    return count.isSuppressed()
        ? new FigureTotal(value, reporting, withheld + 1)
        : new FigureTotal(Math.addExact(value, count.value().getAsLong()), reporting + 1, withheld);
  }
}
