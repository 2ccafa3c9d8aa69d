// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.inbound;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;

/**
 * One line of the inbound journal: a request an inbox received and what became of it. Holds no
 * document, only ids, types and reasons.
 *
 * @param id the entry's number (0 before it is stored)
 * @param receivedAt when the request came
 * @param inbox the inbox path it came to
 * @param actor the remote actor, when known (the verified signer, or the activity's claimed actor)
 * @param keyId the signing key, when the request was signed
 * @param activityId the activity's id, when it was read
 * @param activityType the activity's type name, when it was read
 * @param status the HTTP status answered
 * @param outcome what became of it
 * @param reason why, in a sentence for an administrator
 * @param updatedAt when the outcome was last set
 */
public record JournalEntry(
    long id,
    OffsetDateTime receivedAt,
    String inbox,
    URI actor,
    URI keyId,
    URI activityId,
    String activityType,
    int status,
    JournalOutcome outcome,
    String reason,
    OffsetDateTime updatedAt) {

  /** The actor's host, lower-case, when the actor is known. */
  public Optional<String> actorHost() {
    return Optional.ofNullable(actor).map(URI::getHost).map(h -> h.toLowerCase(Locale.ROOT));
  }
}
