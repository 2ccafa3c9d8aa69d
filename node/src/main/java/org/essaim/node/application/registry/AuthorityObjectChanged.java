// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.registry;

import java.util.Objects;

/**
 * An object the national actor publishes (label attestation, promo, sponsorship) was created,
 * changed or removed. Fired in the transaction of the change; the publishing observes it and sends
 * Create, Update or Delete to the followers.
 *
 * @param kind what it is
 * @param id its local id
 */
public record AuthorityObjectChanged(AuthorityKind kind, long id) {

  public AuthorityObjectChanged {
    Objects.requireNonNull(kind, "kind");
  }

  /** The kinds of objects only the national actor issues. */
  public enum AuthorityKind {
    LABEL_ATTESTATION,
    PROMO,
    SPONSORSHIP
  }
}
