// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.methodsheet;

import java.util.EnumSet;
import java.util.Set;
import org.essaim.node.domain.shared.LifecycleState;

/**
 * Where a sheet stands: written, enriched in review (e.g. a 3 h thematic workshop), published,
 * deprecated. A published or deprecated sheet may go back for a new round.
 */
public enum MethodSheetState implements LifecycleState<MethodSheetState> {
  DRAFT,
  IN_REVIEW,
  PUBLISHED,
  DEPRECATED;

  @Override
  public Set<MethodSheetState> next() {
    return switch (this) {
      case DRAFT -> EnumSet.of(IN_REVIEW);
      case IN_REVIEW -> EnumSet.of(DRAFT, PUBLISHED);
      case PUBLISHED -> EnumSet.of(DRAFT, IN_REVIEW, DEPRECATED);
      case DEPRECATED -> EnumSet.of(DRAFT);
    };
  }

  @Override
  public String subject() {
    return "method sheet";
  }

  /** Whether the public may read a sheet in this state (if its visibility allows it too). */
  public boolean publiclyVisible() {
    return this == PUBLISHED || this == DEPRECATED;
  }
}
