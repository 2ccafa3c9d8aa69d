// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.follow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.OffsetDateTime;
import org.essaim.federation.vocab.Activity;
import org.essaim.federation.vocab.ActivityType;
import org.essaim.node.application.federation.HandlingOutcome;
import org.essaim.node.application.federation.InboundActivity;
import org.essaim.node.application.federation.exchanges.ExchangeRouting;
import org.junit.jupiter.api.Test;

/**
 * Accepts and Rejects of our Offers, and Undos of introductions, go to the exchanges; those of
 * Follows stay here.
 */
class FollowHandlerRoutingTest {

  static final URI PEER = URI.create("https://vierzon.example/actors/territory");
  static final URI OUR_OFFER = URI.create("https://lons.example/activities/offer-1");
  static final URI OUR_FOLLOW = URI.create("https://lons.example/activities/follow-1");
  static final HandlingOutcome BY_FOLLOWS = HandlingOutcome.processed("follows");
  static final HandlingOutcome BY_EXCHANGES = HandlingOutcome.processed("exchanges");

  final FollowActivityHandler handler = new FollowActivityHandler();

  FollowHandlerRoutingTest() {
    handler.follows =
        new FollowService() {
          @Override
          public HandlingOutcome onAccept(InboundActivity inbound) {
            return BY_FOLLOWS;
          }

          @Override
          public HandlingOutcome onReject(InboundActivity inbound) {
            return BY_FOLLOWS;
          }

          @Override
          public HandlingOutcome onUndo(InboundActivity inbound) {
            return BY_FOLLOWS;
          }
        };
    handler.exchanges =
        new ExchangeRouting() {
          @Override
          public boolean isReplyToUs(InboundActivity activity) {
            throw new AssertionError("not asked for an answer");
          }

          @Override
          public HandlingOutcome onReply(InboundActivity activity) {
            throw new AssertionError("not asked for an answer");
          }

          @Override
          public boolean answersOurOffer(InboundActivity activity) {
            return activity.activity().objectId().orElseThrow().equals(OUR_OFFER);
          }

          @Override
          public HandlingOutcome onAnswer(InboundActivity activity) {
            return BY_EXCHANGES;
          }

          @Override
          public boolean withdrawsAnIntroduction(InboundActivity activity) {
            return activity.activity().objectId().orElseThrow().equals(OUR_OFFER);
          }

          @Override
          public HandlingOutcome onWithdrawal(InboundActivity activity) {
            return BY_EXCHANGES;
          }
        };
  }

  static InboundActivity answer(ActivityType type, URI object) {
    Activity answer =
        Activity.builder(type)
            .id(URI.create("https://vierzon.example/activities/a1"))
            .actor(PEER)
            .object(object)
            .build();
    String name =
        switch (type) {
          case ACCEPT -> "Accept";
          case REJECT -> "Reject";
          default -> "Undo";
        };
    return new InboundActivity(
        answer.id().orElseThrow(), name, PEER, answer, "{}", OffsetDateTime.now());
  }

  @Test
  void answersToOurOffersGoToTheExchanges() {
    assertThat(handler.handle(answer(ActivityType.ACCEPT, OUR_OFFER))).isEqualTo(BY_EXCHANGES);
    assertThat(handler.handle(answer(ActivityType.REJECT, OUR_OFFER))).isEqualTo(BY_EXCHANGES);
  }

  @Test
  void answersToOurFollowsStayWithTheFollows() {
    assertThat(handler.handle(answer(ActivityType.ACCEPT, OUR_FOLLOW))).isEqualTo(BY_FOLLOWS);
    assertThat(handler.handle(answer(ActivityType.REJECT, OUR_FOLLOW))).isEqualTo(BY_FOLLOWS);
  }

  @Test
  void anUndoOfAnIntroductionsOfferIsAWithdrawalAndOtherUndosStayWithTheFollows() {
    assertThat(handler.handle(answer(ActivityType.UNDO, OUR_OFFER))).isEqualTo(BY_EXCHANGES);
    assertThat(handler.handle(answer(ActivityType.UNDO, OUR_FOLLOW))).isEqualTo(BY_FOLLOWS);
  }

  @Test
  void theHandledTypesAreUnchanged() {
    assertThat(handler.types()).containsExactlyInAnyOrder("Follow", "Accept", "Reject", "Undo");
  }
}
