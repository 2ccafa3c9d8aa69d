// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.exchanges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.essaim.node.application.federation.exchanges.ExchangeFixture.OUR_SHEET;
import static org.essaim.node.application.federation.exchanges.ExchangeFixture.VIERZON;
import static org.essaim.node.application.federation.exchanges.ExchangeFixture.activityId;
import static org.essaim.node.application.federation.exchanges.ExchangeFixture.inbound;

import org.essaim.federation.vocab.Activity;
import org.essaim.federation.vocab.ActivityType;
import org.essaim.node.application.federation.HandlingOutcome;
import org.junit.jupiter.api.Test;

/** The Offer handler: Offers only, to the exchanges. */
class OfferActivityHandlerTest {

  final ExchangeFixture f = new ExchangeFixture();

  @Test
  void theOfferHandlerOwnsOffersOnly() {
    OfferActivityHandler handler = new OfferActivityHandler();
    handler.exchanges = f.service;
    assertThat(handler.types()).containsExactly("Offer");
    Activity offer =
        Activity.builder(ActivityType.OFFER)
            .id(activityId(VIERZON))
            .actor(VIERZON)
            .object(ExchangeServiceTest.amendment(null, "## x"))
            .target(OUR_SHEET)
            .build();
    assertThat(handler.handle(inbound(VIERZON, offer)).status())
        .isEqualTo(HandlingOutcome.Status.PROCESSED);
  }
}
