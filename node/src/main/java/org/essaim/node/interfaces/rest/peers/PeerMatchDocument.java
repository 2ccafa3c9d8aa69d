// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.peers;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.essaim.node.domain.model.peer.PeerMatch;

/** An actor or a whole host (exactly one of the two). */
@Schema(name = "PeerMatch", description = "An actor, or a whole host (exactly one of the two)")
public record PeerMatchDocument(
    @Schema(example = "https://essaim.crepite.fr/actors/territory") String actor,
    @Schema(
            description = "A host; without a port it also covers its sub-domains",
            example = "crepite.fr")
        String host) {

  static PeerMatchDocument of(PeerMatch match) {
    return match.kind() == PeerMatch.Kind.ACTOR
        ? new PeerMatchDocument(match.value(), null)
        : new PeerMatchDocument(null, match.value());
  }
}
