// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.figures;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The history of the territories' key figures. */
public interface FiguresSnapshotRepository {

  void add(FiguresSnapshot snapshot);

  /** The latest snapshot of one territory. */
  Optional<FiguresSnapshot> latest(URI territoryActor);

  /** The latest snapshot of each territory. */
  List<FiguresSnapshot> latestOfEachTerritory();

  /** Every snapshot received up to {@code until} (exclusive), oldest first. */
  List<FiguresSnapshot> receivedBefore(Instant until);
}
