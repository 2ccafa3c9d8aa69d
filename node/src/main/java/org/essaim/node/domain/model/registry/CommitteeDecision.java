// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.registry;

import java.util.Optional;

/** What a committee decides, and where it moves the territory on the label path. */
public enum CommitteeDecision {
  /** Joins the promo. */
  ELIGIBLE(CommitteeKind.ELIGIBILITY, LabelStatus.IN_PROMO, true),
  /** Not this time: stays a candidate. */
  NOT_YET(CommitteeKind.ELIGIBILITY, null, false),
  /** Postpones its participation. */
  DEFERRED(CommitteeKind.ELIGIBILITY, LabelStatus.DEFERRED, false),
  /** Labelled, at the committee's date. */
  LABELLED(CommitteeKind.LABELLING, LabelStatus.LABELLED, true),
  /** Still has to build its team; accompanied at its own pace. */
  NEEDS_MORE_TIME(CommitteeKind.LABELLING, LabelStatus.NEEDS_MORE_TIME, false);

  private final CommitteeKind committee;
  private final LabelStatus moves;
  private final boolean positive;

  CommitteeDecision(CommitteeKind committee, LabelStatus moves, boolean positive) {
    this.committee = committee;
    this.moves = moves;
    this.positive = positive;
  }

  public CommitteeKind committee() {
    return committee;
  }

  /** The status the territory moves to; empty when it stays where it is. */
  public Optional<LabelStatus> moves() {
    return Optional.ofNullable(moves);
  }

  /** Whether every criterion must be met to take it. */
  public boolean positive() {
    return positive;
  }
}
