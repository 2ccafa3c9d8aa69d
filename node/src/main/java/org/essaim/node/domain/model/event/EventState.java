// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.event;

import java.util.EnumSet;
import java.util.Set;
import org.essaim.node.domain.shared.LifecycleState;

/**
 * Where an event stands: announced, then either held (its counts are final) or cancelled. HELD and
 * CANCELLED are final.
 */
public enum EventState implements LifecycleState<EventState> {
  /** Announced; counts, if any, are provisional. */
  PLANNED,
  /** It took place; its counts are final. */
  HELD,
  /** It will not take place; it keeps no counts. */
  CANCELLED;

  @Override
  public Set<EventState> next() {
    return switch (this) {
      case PLANNED -> EnumSet.of(HELD, CANCELLED);
      case HELD, CANCELLED -> EnumSet.noneOf(EventState.class);
    };
  }

  @Override
  public String subject() {
    return "event";
  }
}
