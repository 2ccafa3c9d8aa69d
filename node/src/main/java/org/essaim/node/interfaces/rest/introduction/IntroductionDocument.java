// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.introduction;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.essaim.node.application.federation.exchanges.IntroductionView;

/** An introduction sent to or received from a peer territory, for this node's team. */
@Schema(
    name = "Introduction",
    description =
        "An introduction between one of this territory's projects and another territory's,"
            + " proposed by this territory (SENT) or by the other (RECEIVED).")
public record IntroductionDocument(
    @Schema(examples = "4") long id,
    @Schema(description = "SENT or RECEIVED", examples = "RECEIVED") String direction,
    @Schema(description = "PROPOSED, ACCEPTED, REJECTED or WITHDRAWN", examples = "PROPOSED")
        String state,
    @Schema(
            description = "The Offer's activity id, the same on both nodes",
            examples = "https://essaim.lons.example/activities/0b7e…")
        String offerId,
    @Schema(
            description = "The other territory's actor",
            examples = "https://essaim.lons.example/actors/territory")
        String peerActor,
    @Schema(examples = "Pays Lédonien") String peerName,
    @Schema(description = "This territory's project", examples = "3") long projectId,
    @Schema(examples = "https://essaim.vierzon.example/objects/projects/3") String projectUri,
    @Schema(
            description = "The other territory's project",
            examples = "https://essaim.lons.example/objects/projects/12")
        String remoteProjectUri,
    @Schema(
            description = "Its title, as this node knew it then (absent when it held no copy)",
            examples = "Épicerie solidaire de Lons")
        String remoteProjectTitle,
    @Schema(examples = "[\"SAME_THEME\"]") List<String> basis,
    @Schema(examples = "[\"food.access\"]") List<String> sharedThemes,
    @Schema(description = "The proposer's message; text from a peer: escape it when displaying it")
        String message,
    Instant createdAt,
    @Schema(description = "Who proposed it here (SENT; a local username)") String proposedBy,
    Instant decidedAt,
    @Schema(description = "Who answered it here (RECEIVED; a local username)") String decidedBy,
    Instant withdrawnAt) {

  static IntroductionDocument of(IntroductionView v) {
    return new IntroductionDocument(
        v.id(),
        v.direction().name(),
        v.state().name(),
        v.offerId().toString(),
        v.peerActor().toString(),
        v.peerName().orElse(null),
        v.projectId(),
        v.projectUri().toString(),
        v.remoteProjectUri().toString(),
        v.remoteProjectTitle().orElse(null),
        v.basis(),
        v.sharedThemes(),
        v.message().orElse(null),
        v.createdAt(),
        v.proposedBy().orElse(null),
        v.decidedAt().orElse(null),
        v.decidedBy().orElse(null),
        v.withdrawnAt().orElse(null));
  }
}
