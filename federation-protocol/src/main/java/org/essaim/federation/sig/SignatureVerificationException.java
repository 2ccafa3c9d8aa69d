// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.sig;

import java.util.Objects;
import org.essaim.federation.FederationException;

/**
 * A request or response whose signature cannot be accepted. The {@link Reason} lets the caller
 * choose a status code (401 versus 400) and count failures by cause without parsing messages.
 */
public class SignatureVerificationException extends FederationException {
  private static final long serialVersionUID = 1L;

  /** Why a signature was refused. */
  public enum Reason {
    /** No signature header at all. */
    MISSING_SIGNATURE,
    /** Signature headers present but unreadable or inconsistent. */
    MALFORMED_SIGNATURE,
    /** An algorithm this library does not verify, or one that does not fit the key. */
    UNSUPPORTED_ALGORITHM,
    /** The key lookup did not produce a key for the keyId. */
    UNKNOWN_KEY,
    /** A component or header the policy requires is not covered, or a covered one is absent. */
    MISSING_COMPONENT,
    /** Created (or Date) too far from now. */
    CLOCK_SKEW,
    /** Past the signature's expiry. */
    EXPIRED,
    /** The body does not match its Content-Digest or Digest field. */
    DIGEST_MISMATCH,
    /** The cryptographic check failed. */
    INVALID_SIGNATURE
  }

  private final Reason reason;

  public SignatureVerificationException(Reason reason, String message) {
    super(message);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  public SignatureVerificationException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  public Reason reason() {
    return reason;
  }

  @Override
  public String getMessage() {
    return reason + ": " + super.getMessage();
  }
}
