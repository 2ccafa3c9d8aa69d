// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.registry;

import java.util.EnumSet;
import java.util.Set;
import org.essaim.node.domain.shared.LifecycleState;

/**
 * A territory's place on the label path (domain notes §1.3): PROSPECT → CANDIDATE → (comité
 * d'éligibilité) IN_PROMO → READY_FOR_LABEL or NEEDS_MORE_TIME → (comité de labellisation)
 * LABELLED; a candidate may be DEFERRED (« reporter leur participation »); a label may be SUSPENDED
 * or WITHDRAWN (extensions). Any territory may withdraw; a withdrawn one may start again as a
 * prospect.
 */
public enum LabelStatus implements LifecycleState<LabelStatus> {
  /** Interested: discovery webinars, « premiers pas ». */
  PROSPECT,
  /** Applies to the next promo; awaits the eligibility committee. */
  CANDIDATE,
  /** Postponed its participation (« contraintes d'agenda »). */
  DEFERRED,
  /** In a promo: the six-month path. */
  IN_PROMO,
  /** Still has to build its team (« équipe élargie »); accompanied at its own pace. */
  NEEDS_MORE_TIME,
  /** Ready to go before the labelling committee. */
  READY_FOR_LABEL,
  /** Labelled by the labelling committee. */
  LABELLED,
  /** Label suspended by the national association. */
  SUSPENDED,
  /** Left the path, or label withdrawn. */
  WITHDRAWN;

  @Override
  public Set<LabelStatus> next() {
    return switch (this) {
      case PROSPECT -> EnumSet.of(CANDIDATE, WITHDRAWN);
      case CANDIDATE -> EnumSet.of(DEFERRED, IN_PROMO, WITHDRAWN);
      case DEFERRED -> EnumSet.of(PROSPECT, CANDIDATE, WITHDRAWN);
      case IN_PROMO -> EnumSet.of(DEFERRED, NEEDS_MORE_TIME, READY_FOR_LABEL, WITHDRAWN);
      case NEEDS_MORE_TIME -> EnumSet.of(READY_FOR_LABEL, WITHDRAWN);
      case READY_FOR_LABEL -> EnumSet.of(NEEDS_MORE_TIME, LABELLED, WITHDRAWN);
      case LABELLED -> EnumSet.of(SUSPENDED, WITHDRAWN);
      case SUSPENDED -> EnumSet.of(LABELLED, WITHDRAWN);
      case WITHDRAWN -> EnumSet.of(PROSPECT);
    };
  }

  @Override
  public String subject() {
    return "territory's label status";
  }

  /** Whether the national actor attests a label in this state (LABELLED only). */
  public boolean labelled() {
    return this == LABELLED;
  }

  /** Whether an attestation issued earlier must now say the label is revoked. */
  public boolean revokesLabel() {
    return this == SUSPENDED || this == WITHDRAWN;
  }

  /** Whether the public directory lists a territory in this state (not mere prospects). */
  public boolean listedPublicly() {
    return this != PROSPECT;
  }
}
