// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.exchanges;

import org.essaim.node.application.federation.HandlingOutcome;
import org.essaim.node.application.federation.InboundActivity;

/**
 * What the handlers owning {@code Create} (copies) and {@code Accept}/{@code Reject}/{@code Undo}
 * (follows) hand over to the exchanges: a reply to one of this territory's objects, an answer to
 * one of its Offers, the withdrawal of an introduction. Everything else stays theirs.
 */
public interface ExchangeRouting {

  /** A Create of a Note whose {@code inReplyTo} is an object of this node. */
  boolean isReplyToUs(InboundActivity activity);

  HandlingOutcome onReply(InboundActivity activity);

  /** An Accept or Reject whose object is an Offer this territory sent. */
  boolean answersOurOffer(InboundActivity activity);

  HandlingOutcome onAnswer(InboundActivity activity);

  /** An Undo whose object is the Offer of an introduction this territory sent or received. */
  boolean withdrawsAnIntroduction(InboundActivity activity);

  HandlingOutcome onWithdrawal(InboundActivity activity);

  /** Claims nothing (handlers built without CDI, in unit tests). */
  ExchangeRouting NONE =
      new ExchangeRouting() {
        @Override
        public boolean isReplyToUs(InboundActivity activity) {
          return false;
        }

        @Override
        public HandlingOutcome onReply(InboundActivity activity) {
          return HandlingOutcome.ignored("no exchanges here");
        }

        @Override
        public boolean answersOurOffer(InboundActivity activity) {
          return false;
        }

        @Override
        public HandlingOutcome onAnswer(InboundActivity activity) {
          return HandlingOutcome.ignored("no exchanges here");
        }

        @Override
        public boolean withdrawsAnIntroduction(InboundActivity activity) {
          return false;
        }

        @Override
        public HandlingOutcome onWithdrawal(InboundActivity activity) {
          return HandlingOutcome.ignored("no exchanges here");
        }
      };
}
