// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.registry;

import java.util.List;

/** The moves along the label path. */
public interface LabelStatusChangeRepository {

  /** A territory's moves, newest first. */
  List<LabelStatusChange> byTerritory(long territoryId);

  void add(LabelStatusChange change);
}
