// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.federation.delivery;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.essaim.node.application.federation.DeliveryStatus.HostView;

/** One peer host of the outbox. */
@JsonbPropertyOrder({
  "host",
  "pending",
  "delivered",
  "failed",
  "breaker",
  "consecutiveFailures",
  "nextProbeAt"
})
@Schema(name = "DeliveryHost", description = "Deliveries to one peer host and its circuit breaker.")
public record DeliveryHostDocument(
    String host,
    long pending,
    long delivered,
    long failed,
    @Schema(
            enumeration = {"closed", "open", "half_open"},
            description = "open: deliveries wait, one probe per probe interval")
        String breaker,
    int consecutiveFailures,
    @Schema(description = "When the next probe may go, while open") String nextProbeAt) {

  static DeliveryHostDocument of(HostView view) {
    return new DeliveryHostDocument(
        view.host(),
        view.pending(),
        view.delivered(),
        view.failed(),
        view.breaker().toLowerCase(Locale.ROOT),
        view.consecutiveFailures(),
        DeliveryDocument.text(view.nextProbeAt()));
  }
}
