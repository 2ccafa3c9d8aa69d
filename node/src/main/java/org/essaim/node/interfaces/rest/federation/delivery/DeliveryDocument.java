// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.federation.delivery;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.essaim.node.application.federation.DeliveryStatus.DeliveryView;

/** One delivery of an activity to an inbox. */
@JsonbPropertyOrder({
  "id",
  "activity",
  "inbox",
  "host",
  "state",
  "attempts",
  "nextAttemptAt",
  "lastStatus",
  "lastError",
  "deliveredAt",
  "queuedAt"
})
@Schema(name = "Delivery", description = "One activity sent to one inbox.")
public record DeliveryDocument(
    long id,
    @Schema(description = "The activity's id") String activity,
    String inbox,
    @Schema(description = "host[:port] of the inbox") String host,
    @Schema(enumeration = {"pending", "delivered", "failed"}) String state,
    @Schema(description = "Attempts made so far") int attempts,
    @Schema(description = "When the next attempt is due (pending)") String nextAttemptAt,
    @Schema(description = "HTTP status of the last attempt, absent after a network error")
        Integer lastStatus,
    @Schema(description = "The last error, or why the delivery was given up") String lastError,
    String deliveredAt,
    String queuedAt) {

  static DeliveryDocument of(DeliveryView view) {
    return new DeliveryDocument(
        view.id(),
        view.activityId().toString(),
        view.inbox().toString(),
        view.host(),
        view.state().name().toLowerCase(java.util.Locale.ROOT),
        view.attempts(),
        view.state() == org.essaim.node.application.federation.DeliveryStatus.State.PENDING
            ? text(view.nextAttemptAt())
            : null,
        view.lastStatus(),
        view.lastError(),
        text(view.deliveredAt()),
        text(view.createdAt()));
  }

  static String text(java.time.OffsetDateTime time) {
    return time == null ? null : time.toString();
  }
}
