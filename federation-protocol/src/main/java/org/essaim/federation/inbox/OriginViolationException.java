// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.inbox;

import org.essaim.federation.FederationException;

/** The activity's signer, actor or objects do not belong together: refuse it. */
public class OriginViolationException extends FederationException {
  private static final long serialVersionUID = 1L;

  /** What did not match. */
  public enum Reason {
    /** The signing key is not one the actor document lists, or names another owner. */
    KEY_NOT_OWNED_BY_ACTOR,
    /** The activity's id is on another origin than its actor. */
    ACTIVITY_ORIGIN_MISMATCH,
    /** An embedded object is on another origin than the actor that sends it. */
    OBJECT_ORIGIN_MISMATCH,
    /** An embedded object is attributed to someone other than the sending actor. */
    ATTRIBUTION_MISMATCH,
    /** A fetched document's id is not the address it was fetched from. */
    FETCHED_ID_MISMATCH
  }

  private final Reason reason;

  public OriginViolationException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
