// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.essaim.node.domain.model.challenge.Challenge;
import org.essaim.node.domain.model.challenge.ChallengeDescription;
import org.essaim.node.domain.model.challenge.ChallengeState;

/**
 * A défi with its grouped dreams (id, text, state only). For the public, the dreams are only the
 * PUBLISHED and CLUSTERED ones.
 */
public record ChallengeView(
    long id,
    long campaignId,
    ChallengeDescription description,
    ChallengeState state,
    Optional<Long> mergedIntoId,
    List<GroupedDreamView> dreams,
    long version,
    Instant createdAt,
    Instant updatedAt) {

  static ChallengeView of(Challenge challenge, List<GroupedDreamView> dreams) {
    return new ChallengeView(
        challenge.id(),
        challenge.campaignId(),
        challenge.description(),
        challenge.state(),
        challenge.mergedIntoId(),
        List.copyOf(dreams),
        challenge.version(),
        challenge.createdAt(),
        challenge.updatedAt());
  }
}
