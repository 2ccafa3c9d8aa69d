// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.OffsetDateTime;
import org.essaim.federation.vocab.Activity;
import org.essaim.federation.vocab.ActivityType;
import org.essaim.federation.vocab.As;
import org.essaim.federation.vocab.AsObject;
import org.essaim.node.application.federation.HandlingOutcome;
import org.essaim.node.application.federation.InboundActivity;
import org.essaim.node.application.federation.exchanges.ExchangeRouting;
import org.junit.jupiter.api.Test;

/** A Create the exchanges claim (a reply to one of our objects) goes to them; others stay. */
class CopyHandlerRoutingTest {

  static final URI PEER = URI.create("https://vierzon.example/actors/territory");
  static final HandlingOutcome BY_COPIES = HandlingOutcome.processed("copies");
  static final HandlingOutcome BY_EXCHANGES = HandlingOutcome.processed("exchanges");

  final RemoteCopyHandler handler = new RemoteCopyHandler();

  CopyHandlerRoutingTest() {
    handler.copies =
        new RemoteCopies() {
          @Override
          public HandlingOutcome create(InboundActivity inbound) {
            return BY_COPIES;
          }
        };
  }

  static InboundActivity create(String text) {
    Activity create =
        Activity.builder(ActivityType.CREATE)
            .id(URI.create("https://vierzon.example/activities/1"))
            .actor(PEER)
            .object(
                AsObject.builder()
                    .id(URI.create("https://vierzon.example/notes/1"))
                    .type(As.NOTE)
                    .string(As.CONTENT, text)
                    .build())
            .build();
    return new InboundActivity(
        create.id().orElseThrow(), "Create", PEER, create, "{}", OffsetDateTime.now());
  }

  static ExchangeRouting claiming(String text) {
    return new ExchangeRouting() {
      @Override
      public boolean isReplyToUs(InboundActivity activity) {
        return activity
            .activity()
            .embeddedObject()
            .orElseThrow()
            .string(As.CONTENT)
            .orElseThrow()
            .equals(text);
      }

      @Override
      public HandlingOutcome onReply(InboundActivity activity) {
        return BY_EXCHANGES;
      }

      @Override
      public boolean answersOurOffer(InboundActivity activity) {
        throw new AssertionError("not asked for a Create");
      }

      @Override
      public HandlingOutcome onAnswer(InboundActivity activity) {
        throw new AssertionError("not asked for a Create");
      }

      @Override
      public boolean withdrawsAnIntroduction(InboundActivity activity) {
        throw new AssertionError("not asked for a Create");
      }

      @Override
      public HandlingOutcome onWithdrawal(InboundActivity activity) {
        throw new AssertionError("not asked for a Create");
      }
    };
  }

  @Test
  void aClaimedCreateGoesToTheExchanges() {
    handler.exchanges = claiming("reply");
    assertThat(handler.handle(create("reply"))).isEqualTo(BY_EXCHANGES);
    assertThat(handler.handle(create("something else"))).isEqualTo(BY_COPIES);
  }

  @Test
  void withoutExchangesEveryCreateIsACopy() {
    assertThat(handler.exchanges).isSameAs(ExchangeRouting.NONE);
    assertThat(handler.handle(create("reply"))).isEqualTo(BY_COPIES);
  }
}
