// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application;

import java.time.Instant;
import java.util.Optional;
import org.essaim.node.domain.model.challenge.SolutionIdea;
import org.essaim.node.domain.model.challenge.SolutionIdeaState;

/** A solution idea; it holds no personal data, so the team and the public read the same view. */
public record SolutionIdeaView(
    long id,
    long challengeId,
    String title,
    String description,
    SolutionIdeaState state,
    Optional<Long> projectId,
    long version,
    Instant createdAt,
    Instant updatedAt) {

  static SolutionIdeaView of(SolutionIdea idea) {
    return new SolutionIdeaView(
        idea.id(),
        idea.challengeId(),
        idea.title(),
        idea.description(),
        idea.state(),
        idea.projectId(),
        idea.version(),
        idea.createdAt(),
        idea.updatedAt());
  }
}
