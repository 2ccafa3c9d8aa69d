// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.exchanges;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.essaim.node.application.federation.exchanges.ExchangeView;

/** An exchange with a peer territory, for this node's team. */
@Schema(
    name = "Exchange",
    description =
        "A reply, amendment or replication proposal, or Announce, sent to a peer territory (SENT)"
            + " or received from one (RECEIVED, the moderation queue).")
public record ExchangeDocument(
    @Schema(examples = "4") long id,
    @Schema(description = "SENT or RECEIVED", examples = "SENT") String direction,
    @Schema(
            description = "REPLY, AMENDMENT, REPLICATION_PROPOSAL or ANNOUNCE",
            examples = "AMENDMENT")
        String kind,
    @Schema(
            description =
                "Offers: PENDING, ACCEPTED, REJECTED; sent replies and Announces: SENT; received"
                    + " replies: VISIBLE or HIDDEN",
            examples = "PENDING")
        String state,
    @Schema(
            description = "The activity's id",
            examples = "https://essaim.lons.example/activities/0b7e…")
        String activityId,
    @Schema(
            description = "The other territory's actor",
            examples = "https://essaim.vierzon.example/actors/territory")
        String peerActor,
    @Schema(examples = "Vierzon") String peerName,
    @Schema(
            description = "The sheet or solution it is about",
            examples = "https://essaim.vierzon.example/objects/method-sheets/3")
        String objectId,
    @Schema(
            description =
                "SENT: the copy's id under /api/network/objects; RECEIVED: the sheet's or"
                    + " solution's id here",
            examples = "3")
        long localId,
    @Schema(description = "An amendment's summary", examples = "Ajout d'une étape") String summary,
    @Schema(
            description =
                "The reply (plain text), proposed body (Markdown) or replication message; text"
                    + " from a peer: escape it when displaying it")
        String content,
    @Schema(description = "What an accepted Offer became here", examples = "version 3")
        String result,
    Instant createdAt,
    Instant decidedAt,
    @Schema(description = "Who decided (a local username)", examples = "animatrice")
        String decidedBy) {

  static ExchangeDocument of(ExchangeView v) {
    return new ExchangeDocument(
        v.id(),
        v.direction().name(),
        v.kind().name(),
        v.state().name(),
        v.activityId().toString(),
        v.peerActor().toString(),
        v.peerName().orElse(null),
        v.objectId().toString(),
        v.localId(),
        v.summary().orElse(null),
        v.content().orElse(null),
        v.result().orElse(null),
        v.createdAt(),
        v.decidedAt().orElse(null),
        v.decidedBy().orElse(null));
  }
}
