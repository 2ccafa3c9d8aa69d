// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.follow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.essaim.node.application.federation.HandlingOutcome;
import org.essaim.node.application.federation.InboundActivity;
import org.essaim.node.application.federation.InboundActivityHandler;
import org.essaim.node.application.federation.exchanges.ExchangeRouting;

/** The follow activities received: Follow, Accept, Reject and Undo (of a Follow). */
@ApplicationScoped
public class FollowActivityHandler implements InboundActivityHandler {

  @Inject FollowService follows;

  /**
   * Accepts and Rejects of this territory's Offers are exchanges' answers, and an Undo of an
   * introduction's Offer is its withdrawal: not follows'.
   */
  @Inject ExchangeRouting exchanges = ExchangeRouting.NONE;

  @Override
  public Set<String> types() {
    return Set.of("Follow", "Accept", "Reject", "Undo");
  }

  @Override
  public HandlingOutcome handle(InboundActivity activity) {
    switch (activity.type()) {
      case "Follow":
        return follows.onFollow(activity);
      case "Accept":
        if (exchanges.answersOurOffer(activity)) {
          return exchanges.onAnswer(activity);
        }
        return follows.onAccept(activity);
      case "Reject":
        if (exchanges.answersOurOffer(activity)) {
          return exchanges.onAnswer(activity);
        }
        return follows.onReject(activity);
      case "Undo":
        if (exchanges.withdrawsAnIntroduction(activity)) {
          return exchanges.onWithdrawal(activity);
        }
        return follows.onUndo(activity);
      default:
        return HandlingOutcome.ignored("Not a follow activity: " + activity.type() + ".");
    }
  }
}
