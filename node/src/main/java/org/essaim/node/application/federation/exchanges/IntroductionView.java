// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.exchanges;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.essaim.node.domain.model.introduction.Introduction;
import org.essaim.node.domain.model.introduction.IntroductionDirection;
import org.essaim.node.domain.model.introduction.IntroductionState;

/**
 * An introduction, for this node's team.
 *
 * @param projectId this territory's project
 * @param proposedBy the local username who proposed it (SENT); never sent to peers
 * @param decidedBy the local administrator who answered it (RECEIVED); never sent to peers
 */
public record IntroductionView(
    long id,
    IntroductionDirection direction,
    IntroductionState state,
    URI offerId,
    URI peerActor,
    Optional<String> peerName,
    long projectId,
    URI projectUri,
    URI remoteProjectUri,
    Optional<String> remoteProjectTitle,
    List<String> basis,
    List<String> sharedThemes,
    Optional<String> message,
    Instant createdAt,
    Optional<String> proposedBy,
    Optional<Instant> decidedAt,
    Optional<String> decidedBy,
    Optional<Instant> withdrawnAt) {

  static IntroductionView of(Introduction i) {
    return new IntroductionView(
        i.id(),
        i.direction(),
        i.state(),
        i.offerId(),
        i.peerActor(),
        i.peerName(),
        i.projectId(),
        i.projectUri(),
        i.remoteProjectUri(),
        i.remoteProjectTitle(),
        i.basis(),
        i.sharedThemes(),
        i.message(),
        i.createdAt(),
        i.proposedBy(),
        i.decidedAt(),
        i.decidedBy(),
        i.withdrawnAt());
  }
}
