// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.introduction;

import java.util.EnumSet;
import java.util.Set;
import org.essaim.node.domain.shared.LifecycleState;

/**
 * Where an introduction stands: PROPOSED until the receiving territory answers, then ACCEPTED (a
 * link shown on both nodes) or REJECTED; an accepted link may be WITHDRAWN by either territory, an
 * unanswered proposal by the territory that made it.
 */
public enum IntroductionState implements LifecycleState<IntroductionState> {
  PROPOSED {
    @Override
    public Set<IntroductionState> next() {
      return EnumSet.of(ACCEPTED, REJECTED, WITHDRAWN);
    }
  },
  ACCEPTED {
    @Override
    public Set<IntroductionState> next() {
      return EnumSet.of(WITHDRAWN);
    }
  },
  REJECTED {
    @Override
    public Set<IntroductionState> next() {
      return EnumSet.noneOf(IntroductionState.class);
    }
  },
  WITHDRAWN {
    @Override
    public Set<IntroductionState> next() {
      return EnumSet.noneOf(IntroductionState.class);
    }
  };

  @Override
  public String subject() {
    return "introduction";
  }

  /** PROPOSED or ACCEPTED: the pair of projects is taken, a new proposal would be a duplicate. */
  public boolean isLive() {
    return this == PROPOSED || this == ACCEPTED;
  }
}
