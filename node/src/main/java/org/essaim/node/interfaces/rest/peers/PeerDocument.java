// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.peers;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.essaim.node.domain.model.peer.Peer;

/** A remote actor known through follows, as administrators see it. */
@Schema(name = "Peer", description = "A remote territory actor known through follows")
public record PeerDocument(
    @Schema(example = "5f0c2a7e-2b7d-4c1e-9a55-1d7f0e6b2a10") UUID id,
    @Schema(example = "https://essaim.crepite.fr/actors/territory") URI actor,
    @Schema(description = "Host (and port) of the actor", example = "essaim.crepite.fr")
        String host,
    URI inbox,
    URI sharedInbox,
    @Schema(example = "lons-le-saunier") String preferredUsername,
    @Schema(example = "Lons-le-Saunier") String name,
    @Schema(description = "Their follow of this territory") FollowDocument follower,
    @Schema(description = "This territory's follow of them") FollowDocument following,
    Instant createdAt,
    Instant updatedAt) {

  static PeerDocument of(Peer peer) {
    return new PeerDocument(
        peer.id(),
        peer.actorId(),
        peer.authority(),
        peer.inbox(),
        peer.sharedInbox().orElse(null),
        peer.preferredUsername().orElse(null),
        peer.name().orElse(null),
        new FollowDocument(
            peer.followerState().name(),
            peer.followerActivity().orElse(null),
            peer.followerRequestedAt().orElse(null),
            peer.followerChangedAt().orElse(null)),
        new FollowDocument(
            peer.followingState().name(),
            peer.followingActivity().orElse(null),
            peer.followingRequestedAt().orElse(null),
            peer.followingChangedAt().orElse(null)),
        peer.createdAt(),
        peer.updatedAt());
  }
}
