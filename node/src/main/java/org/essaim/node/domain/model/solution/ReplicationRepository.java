// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.solution;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where replications are kept. */
public interface ReplicationRepository {

  Optional<Replication> find(long id);

  /** The solution's replications in these statuses, oldest interest first. */
  List<Replication> list(long solutionId, Set<ReplicationStatus> statuses, int offset, int limit);

  long count(long solutionId, Set<ReplicationStatus> statuses);

  void add(Replication replication);

  void remove(Replication replication);

  void flush();
}
