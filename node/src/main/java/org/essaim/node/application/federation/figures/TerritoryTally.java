// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.figures;

import java.util.Collection;
import java.util.Set;

/**
 * How many territories the network has, and where they stand on the label path: « 24 territoires
 * dont 17 labellisés et 7 en lancement ».
 *
 * @param territories every territory but the withdrawn ones (an unknown status counts here only)
 * @param labelled LABELLED
 * @param launching en lancement: in a promo or past it, not yet labelled (IN_PROMO,
 *     NEEDS_MORE_TIME, READY_FOR_LABEL)
 */
public record TerritoryTally(long territories, long labelled, long launching) {

  static final Set<String> LAUNCHING = Set.of("IN_PROMO", "NEEDS_MORE_TIME", "READY_FOR_LABEL");

  /** The tally of these label statuses (wire codes such as {@code LABELLED}; null when unknown). */
  public static TerritoryTally of(Collection<String> labelStatuses) {
    long territories = 0;
    long labelled = 0;
    long launching = 0;
    for (String status : labelStatuses) {
      if ("WITHDRAWN".equals(status)) {
        continue;
      }
      territories++;
      if ("LABELLED".equals(status)) {
        labelled++;
      } else if (status != null && LAUNCHING.contains(status)) {
        launching++;
      }
    }
    return new TerritoryTally(territories, labelled, launching);
  }
}
