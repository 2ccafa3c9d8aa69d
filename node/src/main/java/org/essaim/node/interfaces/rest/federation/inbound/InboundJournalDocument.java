// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.federation.inbound;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.essaim.node.infrastructure.federation.inbound.JournalEntry;

/** One inbound journal entry, as administrators read it. */
@JsonbPropertyOrder({
  "id",
  "receivedAt",
  "inbox",
  "actor",
  "host",
  "keyId",
  "activityId",
  "activityType",
  "status",
  "outcome",
  "reason",
  "updatedAt"
})
@Schema(name = "InboundJournalEntry", description = "A request an inbox received, and its outcome.")
public record InboundJournalDocument(
    @Schema(examples = "42") long id,
    @Schema(examples = "2026-11-23T08:00:00Z") String receivedAt,
    @Schema(examples = "/inbox") String inbox,
    @Schema(examples = "https://grenoble.essaim.example/actors/territory") String actor,
    @Schema(examples = "grenoble.essaim.example") String host,
    @Schema(examples = "https://grenoble.essaim.example/actors/territory#main-key") String keyId,
    @Schema(examples = "https://grenoble.essaim.example/activities/7") String activityId,
    @Schema(examples = "Follow") String activityType,
    @Schema(description = "The HTTP status answered", examples = "202") int status,
    @Schema(description = "QUEUED, PROCESSED, IGNORED, REJECTED or FAILED", examples = "IGNORED")
        String outcome,
    @Schema(examples = "unsupported type Follow") String reason,
    @Schema(examples = "2026-11-23T08:00:01Z") String updatedAt) {

  static InboundJournalDocument of(JournalEntry e) {
    return new InboundJournalDocument(
        e.id(),
        e.receivedAt().toString(),
        e.inbox(),
        e.actor() == null ? null : e.actor().toString(),
        e.actorHost().orElse(null),
        e.keyId() == null ? null : e.keyId().toString(),
        e.activityId() == null ? null : e.activityId().toString(),
        e.activityType(),
        e.status(),
        e.outcome().name(),
        e.reason(),
        e.updatedAt().toString());
  }
}
