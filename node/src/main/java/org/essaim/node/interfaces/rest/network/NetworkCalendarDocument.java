// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.network;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.essaim.node.application.federation.calendar.NetworkCalendar;

/** One event of the network calendar: this node's own, or a followed territory's. */
@Schema(name = "NetworkCalendarEvent")
public record NetworkCalendarDocument(
    @Schema(description = "This node's event id, for /api/events/{id}; absent for a peer's")
        Long eventId,
    @Schema(
            description = "The peer's event (ActivityPub id); absent for this node's",
            example = "https://essaim.grenoble.example/objects/events/4")
        String objectId,
    @Schema(example = "Soirée des idées") String title,
    Instant start,
    @Schema(description = "Absent when the peer did not say") Instant end,
    @Schema(example = "Salle des fêtes, Miramas") String location,
    String url,
    @Schema(description = "PUBLIC, NODE_PUBLIC (this node's) or NETWORK", example = "PUBLIC")
        String audience,
    @Schema(
            description = "The territory it comes from; absent for this node's own",
            example = "https://essaim.grenoble.example/actors/territory")
        String origin,
    @Schema(example = "Grenoble") String originName,
    boolean cancelled) {

  static NetworkCalendarDocument of(NetworkCalendar.Item item) {
    return new NetworkCalendarDocument(
        item.local().map(v -> v.id()).orElse(null),
        item.objectId().map(Object::toString).orElse(null),
        item.title(),
        item.start(),
        item.end().orElse(null),
        item.location().orElse(null),
        item.url().map(Object::toString).orElse(null),
        item.audience(),
        item.origin().map(Object::toString).orElse(null),
        item.originName().orElse(null),
        item.cancelled());
  }
}
