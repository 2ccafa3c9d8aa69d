// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.network;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.essaim.node.application.federation.copies.NetworkObjectView;

/** A read-only copy of a peer territory's object, with its attribution. */
@Schema(
    name = "NetworkObject",
    description =
        "A read-only copy of an object a followed peer territory shared (project, method sheet,"
            + " transferable solution, défi, event). Never written through the API.")
public record NetworkObjectDocument(
    @Schema(description = "The copy's id on this node", examples = "12") long id,
    @Schema(
            description = "The object's ActivityPub id, on the peer",
            examples = "https://essaim.vierzon.example/projects/7")
        String objectId,
    @Schema(
            description = "PROJECT, METHOD_SHEET, SOLUTION, CHALLENGE, EVENT or OTHER",
            examples = "PROJECT")
        String kind,
    @Schema(
            description =
                "PUBLIC (addressed to everyone) or NETWORK (signed-in members of this node only)",
            examples = "PUBLIC")
        String audience,
    @Schema(examples = "Recyclerie de Vierzon") String name,
    @Schema(examples = "Une recyclerie portée par une SCIC.") String summary,
    @Schema(examples = "[\"circular-economy.repair\"]") List<String> themes,
    @Schema(description = "When the peer published it") Instant published,
    @Schema(description = "When the peer last changed it") Instant updated,
    OriginDocument origin,
    @Schema(
            description = "The territory actor that re-shared it here (Announce), if any",
            examples = "https://essaim.lons.example/actors/territory")
        String announcedBy,
    @Schema(description = "When this node first copied it") Instant receivedAt) {

  static NetworkObjectDocument of(NetworkObjectView view) {
    return new NetworkObjectDocument(
        view.id(),
        view.objectId().toString(),
        view.kind().name(),
        view.audience().name(),
        view.name(),
        view.summary(),
        view.themes(),
        view.published() == null ? null : view.published().toInstant(),
        view.updated() == null ? null : view.updated().toInstant(),
        new OriginDocument(
            view.originActor().toString(),
            view.originHost(),
            view.originName(),
            view.url() == null ? null : view.url().toString()),
        view.announcedBy() == null ? null : view.announcedBy().toString(),
        view.receivedAt().toInstant());
  }
}
