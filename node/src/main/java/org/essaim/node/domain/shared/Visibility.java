// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.shared;

/**
 * Who may see a record (domain notes §2.1). Not yet on the wire: aggregates that will federate
 * carry one, and the federation layer sends only what {@link #federates()}.
 *
 * <p>{@code AGGREGATE_ONLY} (only counts leave the node) is not a level of a record but a property
 * of a whole kind of record (dreams, engagement intents): such records simply never get a
 * Visibility that federates.
 */
public enum Visibility {
  /** Node staff (editors, administrators) and assigned members only. */
  PRIVATE,
  /** Shown on the node's public website and API, never sent over federation. */
  NODE_PUBLIC,
  /** Federated to authenticated member nodes only (followers-only addressing, authorized fetch). */
  NETWORK,
  /** Federated and publicly readable. */
  PUBLIC;

  /** Whether records at this level may leave the node as ActivityPub objects. */
  public boolean federates() {
    return this == NETWORK || this == PUBLIC;
  }

  /**
   * Whether anyone, signed in or not, may read records at this level on this node. NETWORK records
   * are for the team and authenticated member nodes only.
   */
  public boolean readableByPublic() {
    return this == NODE_PUBLIC || this == PUBLIC;
  }
}
