// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.challenge;

import java.util.EnumSet;
import java.util.Set;
import org.essaim.node.domain.shared.LifecycleState;

/**
 * Where a solution idea stands (domain notes §2.8): PROPOSED → SHORTLISTED → SELECTED →
 * BECAME_PROJECT, and DROPPED from any of the first three. BECAME_PROJECT and DROPPED are final.
 */
public enum SolutionIdeaState implements LifecycleState<SolutionIdeaState> {
  /** Came out of a table of the soirée; the team's notes, not shown to the public. */
  PROPOSED,
  /** Kept for the forum of solutions. */
  SHORTLISTED,
  /** Chosen at the selection (step 3): a collective is gathered to carry it. */
  SELECTED,
  /** Carried as a project (linked by project id). */
  BECAME_PROJECT,
  /** Not pursued. */
  DROPPED;

  @Override
  public Set<SolutionIdeaState> next() {
    return switch (this) {
      case PROPOSED -> EnumSet.of(SHORTLISTED, DROPPED);
      case SHORTLISTED -> EnumSet.of(SELECTED, DROPPED);
      case SELECTED -> EnumSet.of(BECAME_PROJECT, DROPPED);
      case BECAME_PROJECT, DROPPED -> EnumSet.noneOf(SolutionIdeaState.class);
    };
  }

  @Override
  public String subject() {
    return "solution idea";
  }

  /** The states the public may read. */
  public static final Set<SolutionIdeaState> PUBLIC_STATES =
      EnumSet.of(SHORTLISTED, SELECTED, BECAME_PROJECT);

  public boolean publiclyVisible() {
    return PUBLIC_STATES.contains(this);
  }
}
