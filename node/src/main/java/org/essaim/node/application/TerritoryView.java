// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application;

import java.time.Instant;
import org.essaim.node.domain.model.territory.Territory;
import org.essaim.node.domain.model.territory.TerritoryProfile;

/** A read-only snapshot of the node's territory. */
public record TerritoryView(TerritoryProfile profile, long version, Instant updatedAt) {

  static TerritoryView of(Territory territory) {
    return new TerritoryView(territory.profile(), territory.version(), territory.updatedAt());
  }
}
