// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.solution;

import java.util.EnumSet;
import java.util.Set;
import org.essaim.node.domain.shared.LifecycleState;

/**
 * Where a transferable solution stands. A DRAFT is being written by the team (delete it rather than
 * withdraw it); PUBLISHED is offered to other territories and accepts replications; WITHDRAWN is no
 * longer offered (the source stopped, the model changed) but keeps its replications, and may be
 * published again.
 */
public enum SolutionStatus implements LifecycleState<SolutionStatus> {
  DRAFT,
  PUBLISHED,
  WITHDRAWN;

  @Override
  public Set<SolutionStatus> next() {
    return switch (this) {
      case DRAFT -> EnumSet.of(PUBLISHED);
      case PUBLISHED -> EnumSet.of(WITHDRAWN);
      case WITHDRAWN -> EnumSet.of(PUBLISHED);
    };
  }

  @Override
  public String subject() {
    return "transferable solution";
  }
}
