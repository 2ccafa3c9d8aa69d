// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation;

import java.util.Set;

/**
 * Handles the verified inbound activities of some types. Implementations are CDI beans; the inbox
 * worker calls the one whose {@link #types()} holds the activity's type, inside a transaction, once
 * per activity id. An activity of a type no handler claims is journalled as ignored.
 */
public interface InboundActivityHandler {

  /** The activity type names handled ({@code Follow}, {@code Undo}…), disjoint across handlers. */
  Set<String> types();

  /**
   * Applies the activity. Throw nothing for a peer's mistake: return {@link
   * HandlingOutcome#rejected} with the reason; an exception means this node failed and the activity
   * is retried later.
   */
  HandlingOutcome handle(InboundActivity activity);
}
