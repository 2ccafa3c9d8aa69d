// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.solution;

import java.util.EnumSet;
import java.util.Set;
import org.essaim.node.domain.shared.LifecycleState;

/** Where a replication stands: INTERESTED → IN_PROGRESS → REPLICATED, or ABANDONED on the way. */
public enum ReplicationStatus implements LifecycleState<ReplicationStatus> {
  /** A territory has shown interest. */
  INTERESTED,
  /** The transfer has started there. */
  IN_PROGRESS,
  /** The solution runs in the target territory. Final. */
  REPLICATED,
  /** Given up. Final. */
  ABANDONED;

  @Override
  public Set<ReplicationStatus> next() {
    return switch (this) {
      case INTERESTED -> EnumSet.of(IN_PROGRESS, ABANDONED);
      case IN_PROGRESS -> EnumSet.of(REPLICATED, ABANDONED);
      case REPLICATED, ABANDONED -> EnumSet.noneOf(ReplicationStatus.class);
    };
  }

  @Override
  public String subject() {
    return "replication";
  }
}
