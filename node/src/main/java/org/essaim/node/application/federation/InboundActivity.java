// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.essaim.federation.vocab.Activity;

/**
 * An activity received in an inbox whose HTTP signature was verified, whose key belongs to its
 * actor and whose ids passed the origin checks: what a {@link InboundActivityHandler} may trust.
 *
 * @param id the activity's id
 * @param type the activity's type name as received ({@code Follow}, {@code Create}…)
 * @param actor the verified actor (the signing key's owner)
 * @param activity the parsed activity
 * @param document the document as received (kept for remote copies and the journal)
 * @param receivedAt when the inbox accepted it
 */
public record InboundActivity(
    URI id, String type, URI actor, Activity activity, String document, OffsetDateTime receivedAt) {

  public InboundActivity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(activity, "activity");
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(receivedAt, "receivedAt");
  }
}
