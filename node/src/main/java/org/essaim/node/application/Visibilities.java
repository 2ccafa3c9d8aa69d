// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application;

import java.util.EnumSet;
import java.util.Set;
import org.essaim.node.domain.shared.Visibility;

/** Which visibility levels a caller reads on this node (domain notes §2.1). */
final class Visibilities {
  private Visibilities() {}

  /** The team reads everything; anyone else NODE_PUBLIC and PUBLIC records only. */
  static Set<Visibility> readableBy(boolean team) {
    Set<Visibility> levels = EnumSet.allOf(Visibility.class);
    if (!team) {
      levels.removeIf(v -> !v.readableByPublic());
    }
    return levels;
  }
}
