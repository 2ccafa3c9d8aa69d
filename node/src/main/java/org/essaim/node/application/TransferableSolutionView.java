// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application;

import java.time.Instant;
import org.essaim.node.domain.model.solution.SolutionStatus;
import org.essaim.node.domain.model.solution.TransferableSolution;
import org.essaim.node.domain.model.solution.TransferableSolutionDescription;

/**
 * A read-only snapshot of a transferable solution. It holds no personal data (the contact is an
 * organisation), so the team and the public read the same view.
 */
public record TransferableSolutionView(
    long id,
    long projectId,
    TransferableSolutionDescription description,
    SolutionStatus status,
    long version,
    Instant createdAt,
    Instant updatedAt) {

  static TransferableSolutionView of(TransferableSolution s) {
    return new TransferableSolutionView(
        s.id(),
        s.projectId(),
        s.description(),
        s.status(),
        s.version(),
        s.createdAt(),
        s.updatedAt());
  }
}
