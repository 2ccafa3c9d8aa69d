// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.exchanges;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.essaim.node.application.federation.HandlingOutcome;
import org.essaim.node.application.federation.InboundActivity;
import org.essaim.node.application.federation.InboundActivityHandler;

/** Offers from peers: amendments of this territory's sheets, replications of its solutions. */
@ApplicationScoped
public class OfferActivityHandler implements InboundActivityHandler {

  @Inject ExchangeService exchanges;

  @Override
  public Set<String> types() {
    return Set.of("Offer");
  }

  @Override
  public HandlingOutcome handle(InboundActivity activity) {
    return exchanges.onOffer(activity);
  }
}
