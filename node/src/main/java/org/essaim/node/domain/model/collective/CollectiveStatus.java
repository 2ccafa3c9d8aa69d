// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.collective;

import java.util.EnumSet;
import java.util.Set;
import org.essaim.node.domain.shared.LifecycleState;

/** FORMING → ACTIVE → STRUCTURED (a legal entity is created) → DISSOLVED, which is final. */
public enum CollectiveStatus implements LifecycleState<CollectiveStatus> {
  /** People gather around the project. */
  FORMING,
  /** The collective carries the project. */
  ACTIVE,
  /** A legal entity (association, SCIC…) has been created. */
  STRUCTURED,
  /** Ended. */
  DISSOLVED;

  @Override
  public Set<CollectiveStatus> next() {
    return switch (this) {
      case FORMING -> EnumSet.of(ACTIVE, DISSOLVED);
      case ACTIVE -> EnumSet.of(STRUCTURED, DISSOLVED);
      case STRUCTURED -> EnumSet.of(DISSOLVED);
      case DISSOLVED -> EnumSet.noneOf(CollectiveStatus.class);
    };
  }

  @Override
  public String subject() {
    return "collective";
  }
}
