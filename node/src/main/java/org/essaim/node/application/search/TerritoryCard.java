// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.search;

import java.net.URI;
import java.util.Objects;

/**
 * The territory an indexed object comes from, as the index shows it.
 *
 * @param actor its actor
 * @param name its display name
 * @param region its region (a perimeter area of level region), or null
 * @param indexable whether it consents to public search indexing (FEP-5feb {@code indexable})
 */
public record TerritoryCard(URI actor, String name, String region, boolean indexable) {
  public TerritoryCard {
    Objects.requireNonNull(actor, "actor");
    name = name == null || name.isBlank() ? actor.getHost() : name;
  }
}
