// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application;

import java.time.Instant;
import java.time.LocalDate;
import org.essaim.node.domain.model.solution.Replication;
import org.essaim.node.domain.model.solution.ReplicationDescription;
import org.essaim.node.domain.model.solution.ReplicationStatus;

/** A read-only snapshot of a replication; no personal data, one view for everyone. */
public record ReplicationView(
    long id,
    long solutionId,
    ReplicationDescription description,
    ReplicationStatus status,
    LocalDate startedOn,
    LocalDate replicatedOn,
    LocalDate abandonedOn,
    long version,
    Instant createdAt,
    Instant updatedAt) {

  static ReplicationView of(Replication r) {
    return new ReplicationView(
        r.id(),
        r.solutionId(),
        r.description(),
        r.status(),
        r.startedOn(),
        r.replicatedOn(),
        r.abandonedOn(),
        r.version(),
        r.createdAt(),
        r.updatedAt());
  }
}
