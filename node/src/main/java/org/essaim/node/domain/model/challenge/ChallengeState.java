// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.challenge;

import java.util.EnumSet;
import java.util.Set;
import org.essaim.node.domain.shared.LifecycleState;

/**
 * Where a défi stands (domain notes §2.8): DRAFT → SELECTED_FOR_EVENING → WORKED_AT_EVENING →
 * SEEKING_CARRIER → IN_DEPLOYMENT → RESOLVED, one step at a time. Until it is resolved, a défi may
 * be ABANDONED, or MERGED into another défi of the same campaign. The three outcomes are final.
 */
public enum ChallengeState implements LifecycleState<ChallengeState> {
  /** Being written by the team from the dreams; not shown to the public. */
  DRAFT,
  /** Chosen to be worked on at a soirée d'idéation. */
  SELECTED_FOR_EVENING,
  /** Worked on at the soirée: solution ideas came out of it. */
  WORKED_AT_EVENING,
  /** « Trouver un porteur de projet pour chacun des défis ». */
  SEEKING_CARRIER,
  /** « En cours de déploiement opérationnel ». */
  IN_DEPLOYMENT,
  /** A project answers it. */
  RESOLVED,
  /** Given up. */
  ABANDONED,
  /** A duplicate, merged into another défi of the same campaign. */
  MERGED;

  @Override
  public Set<ChallengeState> next() {
    return switch (this) {
      case DRAFT -> EnumSet.of(SELECTED_FOR_EVENING, ABANDONED, MERGED);
      case SELECTED_FOR_EVENING -> EnumSet.of(WORKED_AT_EVENING, ABANDONED, MERGED);
      case WORKED_AT_EVENING -> EnumSet.of(SEEKING_CARRIER, ABANDONED, MERGED);
      case SEEKING_CARRIER -> EnumSet.of(IN_DEPLOYMENT, ABANDONED, MERGED);
      case IN_DEPLOYMENT -> EnumSet.of(RESOLVED, ABANDONED, MERGED);
      case RESOLVED, ABANDONED, MERGED -> EnumSet.noneOf(ChallengeState.class);
    };
  }

  @Override
  public String subject() {
    return "challenge";
  }

  /** Whether the public may read défis in this state: everything but the team's drafts. */
  public boolean publiclyVisible() {
    return this != DRAFT;
  }
}
