// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.registry;

import java.net.URI;
import org.essaim.node.domain.model.registry.TerritoryEntry;

/**
 * A registered territory as other registry objects name it.
 *
 * @param id its registry entry
 * @param actor its node's actor
 * @param name its name
 */
public record TerritoryRef(long id, URI actor, String name) {

  static TerritoryRef of(TerritoryEntry entry) {
    return new TerritoryRef(entry.id(), entry.actor(), entry.name());
  }
}
