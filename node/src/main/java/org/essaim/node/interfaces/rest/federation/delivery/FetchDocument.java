// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.federation.delivery;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.essaim.node.application.federation.DeliveryStatus.FetchView;

/** One remote fetch of the journal. */
@JsonbPropertyOrder({"id", "url", "host", "status", "error", "durationMs", "fetchedAt"})
@Schema(name = "RemoteFetch", description = "One signed GET the node made to a peer.")
public record FetchDocument(
    long id,
    String url,
    String host,
    @Schema(description = "HTTP status, absent after an error") Integer status,
    @Schema(description = "Why the fetch failed (refused address, timeout, too large…)")
        String error,
    long durationMs,
    String fetchedAt) {

  static FetchDocument of(FetchView view) {
    return new FetchDocument(
        view.id(),
        view.url(),
        view.host(),
        view.status(),
        view.error(),
        view.durationMs(),
        DeliveryDocument.text(view.fetchedAt()));
  }
}
