// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.campaign;

import java.util.EnumSet;
import java.util.Set;
import org.essaim.node.domain.shared.LifecycleState;

/**
 * Where a campaign stands in the four-step method (domain notes §1.2, §2.8). Strictly forward, one
 * step at a time: each step's outputs (dreams, défis, soirées, selected projects) feed the next.
 */
public enum CampaignState implements LifecycleState<CampaignState> {
  /** Being prepared by the team; not shown to the public. */
  PLANNED,
  /** Step 1, « Recueillir les rêves »: the only state in which dreams are accepted. */
  COLLECTING_DREAMS,
  /** The team turned the dreams into défis. */
  CHALLENGES_DRAFTED,
  /** Step 2 done: the soirées d'idéation took place. */
  IDEATION_DONE,
  /** Step 3: selecting solutions and gathering collectives. */
  SELECTION,
  /** Step 4: accompanying the projects. */
  SUPPORT,
  /** Over. */
  CLOSED;

  @Override
  public Set<CampaignState> next() {
    return switch (this) {
      case PLANNED -> EnumSet.of(COLLECTING_DREAMS);
      case COLLECTING_DREAMS -> EnumSet.of(CHALLENGES_DRAFTED);
      case CHALLENGES_DRAFTED -> EnumSet.of(IDEATION_DONE);
      case IDEATION_DONE -> EnumSet.of(SELECTION);
      case SELECTION -> EnumSet.of(SUPPORT);
      case SUPPORT -> EnumSet.of(CLOSED);
      case CLOSED -> EnumSet.noneOf(CampaignState.class);
    };
  }

  @Override
  public String subject() {
    return "campaign";
  }

  /** Whether the public may read campaigns in this state: everything but the team's drafts. */
  public boolean publiclyVisible() {
    return this != PLANNED;
  }
}
