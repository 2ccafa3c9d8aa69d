// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application;

import java.time.Instant;
import org.essaim.node.domain.model.collective.CollectiveStatus;
import org.essaim.node.domain.model.collective.Governance;
import org.essaim.node.domain.model.collective.ProjectCollective;

/** A project collective as the team reads it (members are listed separately). */
public record CollectiveView(
    long id,
    long projectId,
    Governance governance,
    CollectiveStatus status,
    long memberCount,
    long version,
    Instant createdAt,
    Instant updatedAt) {

  static CollectiveView of(ProjectCollective c, long memberCount) {
    return new CollectiveView(
        c.id(),
        c.projectId(),
        c.governance(),
        c.status(),
        memberCount,
        c.version(),
        c.createdAt(),
        c.updatedAt());
  }
}
