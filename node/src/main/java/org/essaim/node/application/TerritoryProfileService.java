// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.OptionalLong;
import org.essaim.node.domain.model.territory.Territory;
import org.essaim.node.domain.model.territory.TerritoryProfile;
import org.essaim.node.domain.model.territory.TerritoryRepository;

/** Reads and edits the public profile of the node's territory. */
@ApplicationScoped
public class TerritoryProfileService {

  @Inject TerritoryRepository territories;
  @Inject Clock clock;

  /** Writes the initial profile on the node's first start; does nothing afterwards. */
  @Transactional
  public void ensureExists(TerritoryProfile initialProfile) {
    if (territories.thisNode().isEmpty()) {
      territories.add(new Territory(initialProfile, clock.instant()));
    }
  }

  @Transactional
  public TerritoryView current() {
    return TerritoryView.of(territory());
  }

  /**
   * Replaces the profile as a whole.
   *
   * @param expectedVersion the version the caller edited, if it said so (HTTP If-Match)
   * @throws StaleVersionException when the stored version moved on since
   */
  @Transactional
  public TerritoryView describe(TerritoryProfile profile, OptionalLong expectedVersion) {
    Territory territory = territory();
    StaleVersionException.requireCurrent(expectedVersion, territory.version());
    territory.describe(profile, clock.instant());
    territories.flush();
    return TerritoryView.of(territory);
  }

  private Territory territory() {
    return territories
        .thisNode()
        .orElseThrow(() -> new IllegalStateException("the node's territory is not initialised"));
  }
}
