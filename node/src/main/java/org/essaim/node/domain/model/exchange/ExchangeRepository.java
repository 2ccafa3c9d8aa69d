// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.exchange;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/** The exchanges, sent and received. */
public interface ExchangeRepository {

  Optional<Exchange> find(long id);

  /** The exchange made by this activity, in this direction. */
  Optional<Exchange> findByActivity(ExchangeDirection direction, URI activityId);

  void add(Exchange exchange);

  /**
   * Newest first.
   *
   * @param kind null for all
   * @param state null for all
   * @param objectId null for all: the object they are about
   */
  List<Exchange> list(
      ExchangeDirection direction,
      ExchangeKind kind,
      ExchangeState state,
      URI objectId,
      int offset,
      int limit);

  long count(ExchangeDirection direction, ExchangeKind kind, ExchangeState state, URI objectId);
}
