// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.exchange;

/** What was exchanged. */
public enum ExchangeKind {
  /** A {@code Create{Note inReplyTo <sheet>}}: a comment on a method sheet. */
  REPLY,
  /** An {@code Offer} of a new text for a method sheet. */
  AMENDMENT,
  /** An {@code Offer} of a {@code Replication} of a transferable solution. */
  REPLICATION_PROPOSAL,
  /** An {@code Announce} of another territory's solution to this territory's followers. */
  ANNOUNCE;

  /** Whether it is an Offer, answered by an Accept or a Reject. */
  public boolean isOffer() {
    return this == AMENDMENT || this == REPLICATION_PROPOSAL;
  }
}
