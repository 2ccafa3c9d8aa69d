// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.peers;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.essaim.node.domain.model.peer.PeerBlock;
import org.essaim.node.domain.model.peer.PeerMatch;

/**
 * A block of an actor or a host; on input, {@code id}, {@code createdAt}/{@code By} are ignored.
 */
@Schema(name = "PeerBlock", description = "A blocked actor or host (exactly one of the two)")
public record BlockDocument(
    UUID id,
    @Schema(example = "https://spam.example/actors/territory") String actor,
    @Schema(example = "spam.example") String host,
    @Schema(example = "Unsolicited content") String reason,
    Instant createdAt,
    @Schema(example = "admin") String createdBy) {

  static BlockDocument of(PeerBlock block) {
    PeerMatch target = block.target();
    boolean actor = target.kind() == PeerMatch.Kind.ACTOR;
    return new BlockDocument(
        block.id(),
        actor ? target.value() : null,
        actor ? null : target.value(),
        block.reason().orElse(null),
        block.createdAt(),
        block.createdBy());
  }
}
