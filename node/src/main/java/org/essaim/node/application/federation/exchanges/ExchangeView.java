// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.exchanges;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import org.essaim.node.domain.model.exchange.Exchange;
import org.essaim.node.domain.model.exchange.ExchangeDirection;
import org.essaim.node.domain.model.exchange.ExchangeKind;
import org.essaim.node.domain.model.exchange.ExchangeState;

/**
 * An exchange, for this node's team.
 *
 * @param localId the object's id here (RECEIVED) or the copy's id (SENT)
 * @param decidedBy the username of the editor who decided (RECEIVED); never sent to peers
 */
public record ExchangeView(
    long id,
    ExchangeDirection direction,
    ExchangeKind kind,
    ExchangeState state,
    URI activityId,
    URI peerActor,
    Optional<String> peerName,
    URI objectId,
    long localId,
    Optional<String> summary,
    Optional<String> content,
    Optional<String> result,
    Instant createdAt,
    Optional<Instant> decidedAt,
    Optional<String> decidedBy) {

  static ExchangeView of(Exchange e) {
    return new ExchangeView(
        e.id(),
        e.direction(),
        e.kind(),
        e.state(),
        e.activityId(),
        e.peerActor(),
        e.peerName(),
        e.objectId(),
        e.localId(),
        e.summary(),
        e.content(),
        e.result(),
        e.createdAt(),
        e.decidedAt(),
        e.decidedBy());
  }
}
