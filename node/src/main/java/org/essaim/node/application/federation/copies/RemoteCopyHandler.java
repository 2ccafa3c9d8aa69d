// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.copies;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.essaim.node.application.federation.HandlingOutcome;
import org.essaim.node.application.federation.InboundActivity;
import org.essaim.node.application.federation.InboundActivityHandler;
import org.essaim.node.application.federation.exchanges.ExchangeRouting;

/**
 * The inbound Create, Update, Delete and Announce activities: they change the copies of peers'
 * objects ({@link RemoteCopies} holds the rules).
 */
@ApplicationScoped
public class RemoteCopyHandler implements InboundActivityHandler {

  static final Set<String> TYPES = Set.of("Create", "Update", "Delete", "Announce");

  @Inject RemoteCopies copies;

  /** Replies to this territory's objects are exchanges, not copies. */
  @Inject ExchangeRouting exchanges = ExchangeRouting.NONE;

  @Override
  public Set<String> types() {
    return TYPES;
  }

  @Override
  public HandlingOutcome handle(InboundActivity activity) {
    switch (activity.type()) {
      case "Create":
        if (exchanges.isReplyToUs(activity)) {
          return exchanges.onReply(activity);
        }
        return copies.create(activity);
      case "Update":
        return copies.update(activity);
      case "Delete":
        return copies.delete(activity);
      case "Announce":
        return copies.announce(activity);
      default:
        return HandlingOutcome.ignored("not a copy activity: " + activity.type());
    }
  }
}
