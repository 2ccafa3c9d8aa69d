// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.registry;

import java.util.EnumSet;
import java.util.Set;

/** The two committees of the label path (domain notes §1.3). */
public enum CommitteeKind {
  /** Comité d'éligibilité: which candidates join the next promo. */
  ELIGIBILITY(LabelStatus.CANDIDATE),
  /** Comité de labellisation: which territories ready for it are labelled. */
  LABELLING(LabelStatus.READY_FOR_LABEL);

  private final LabelStatus reviews;

  CommitteeKind(LabelStatus reviews) {
    this.reviews = reviews;
  }

  /** The status of the territories this committee reviews. */
  public LabelStatus reviews() {
    return reviews;
  }

  /** Its checklist. */
  public Set<Criterion> criteria() {
    Set<Criterion> set = EnumSet.noneOf(Criterion.class);
    for (Criterion c : Criterion.values()) {
      if (c.committee() == this) {
        set.add(c);
      }
    }
    return set;
  }

  /** The decisions it can take. */
  public Set<CommitteeDecision> decisions() {
    Set<CommitteeDecision> set = EnumSet.noneOf(CommitteeDecision.class);
    for (CommitteeDecision d : CommitteeDecision.values()) {
      if (d.committee() == this) {
        set.add(d);
      }
    }
    return set;
  }
}
