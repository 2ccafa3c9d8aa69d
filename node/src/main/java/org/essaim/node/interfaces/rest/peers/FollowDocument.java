// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.peers;

import java.net.URI;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One direction of a follow. */
@Schema(name = "PeerFollow", description = "One direction of a follow between two territories")
public record FollowDocument(
    @Schema(description = "NONE, PENDING, ACCEPTED or REJECTED", example = "PENDING") String state,
    @Schema(description = "The Follow activity's id") URI activity,
    @Schema(description = "When the Follow was sent or received") Instant requestedAt,
    @Schema(description = "When the state last changed") Instant changedAt) {}
