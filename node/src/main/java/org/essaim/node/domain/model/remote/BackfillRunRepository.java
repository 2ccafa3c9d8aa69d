// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.remote;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/** Where the progress of outbox walks is kept. */
public interface BackfillRunRepository {

  Optional<BackfillRun> find(URI actor);

  /** Every walk, most recently updated first. */
  List<BackfillRun> list(int offset, int limit);

  long count();

  /** The walks still RUNNING (to resume after a restart). */
  List<BackfillRun> running();

  void add(BackfillRun run);
}
