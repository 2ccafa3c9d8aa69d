// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.registry;

import java.util.EnumSet;
import java.util.Set;
import org.essaim.node.domain.shared.LifecycleState;

/** A parrainage: PROPOSED → ACTIVE → ENDED (a proposal may also end without starting). */
public enum SponsorshipStatus implements LifecycleState<SponsorshipStatus> {
  PROPOSED,
  ACTIVE,
  ENDED;

  @Override
  public Set<SponsorshipStatus> next() {
    return switch (this) {
      case PROPOSED -> EnumSet.of(ACTIVE, ENDED);
      case ACTIVE -> EnumSet.of(ENDED);
      case ENDED -> EnumSet.noneOf(SponsorshipStatus.class);
    };
  }

  @Override
  public String subject() {
    return "sponsorship";
  }
}
