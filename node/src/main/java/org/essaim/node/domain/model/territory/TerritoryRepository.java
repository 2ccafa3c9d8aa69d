// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.territory;

import java.util.Optional;

/** Where the node's territory is kept. */
public interface TerritoryRepository {

  /** The node's territory, absent only before the node's first start completed. */
  Optional<Territory> thisNode();

  void add(Territory territory);

  /** Writes pending changes now, so the version read afterwards is the stored one. */
  void flush();
}
