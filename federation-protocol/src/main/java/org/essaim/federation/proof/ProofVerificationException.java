// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.proof;

import org.essaim.federation.FederationException;

/**
 * A document whose integrity proof does not hold. The {@link Reason} lets callers tell a document
 * that was never signed, or signed with a suite this library does not speak, from one that was
 * tampered with.
 */
public class ProofVerificationException extends FederationException {
  private static final long serialVersionUID = 1L;

  /** Why the proof was refused. */
  public enum Reason {
    /** The document has no {@code proof} member, or an empty one. */
    MISSING_PROOF,
    /** {@code verifyProof} found a proof set; use {@code verifyProofs} for those. */
    MULTIPLE_PROOFS,
    /** The proof is not of type {@code DataIntegrityProof} with {@code eddsa-jcs-2022}. */
    UNSUPPORTED_CRYPTOSUITE,
    /** The proof uses {@code previousProof} (a proof chain), which is not supported. */
    UNSUPPORTED_PROOF_CHAIN,
    /** A required proof member is missing or has the wrong shape. */
    MALFORMED_PROOF,
    /** The proof's {@code @context} is not a prefix of the document's. */
    CONTEXT_MISMATCH,
    /** The proof purpose is not the one the verifier expects. */
    PURPOSE_MISMATCH,
    /** The proof's {@code expires} time has passed. */
    EXPIRED,
    /** The key lookup has no usable Ed25519 key for the verification method. */
    UNKNOWN_KEY,
    /** The signature does not match the document and proof options. */
    INVALID_PROOF
  }

  private final Reason reason;

  public ProofVerificationException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public ProofVerificationException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
