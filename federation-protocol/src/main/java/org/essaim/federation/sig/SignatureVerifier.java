// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.sig;

import java.util.Objects;
import org.essaim.federation.sig.SignatureVerificationException.Reason;

/**
 * The inbox entry point: finds out which scheme a request is signed with ({@code Signature-Input}
 * means RFC 9421, otherwise a {@code Signature} or {@code Authorization: Signature} field means
 * draft-cavage) and verifies it under one {@link VerificationPolicy}. Thread-safe.
 */
public final class SignatureVerifier {
  private final Rfc9421Verifier rfc9421;
  private final CavageVerifier cavage;

  public SignatureVerifier(VerificationPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    this.rfc9421 = new Rfc9421Verifier(policy);
    this.cavage = new CavageVerifier(policy);
  }

  /** The scheme a request claims, without verifying anything. */
  public static SignatureScheme detect(SignableRequest request) {
    if (request.headers().contains("signature-input")) {
      return SignatureScheme.RFC9421;
    }
    if (CavageVerifier.signatureField(request).isPresent()) {
      return SignatureScheme.CAVAGE;
    }
    throw new SignatureVerificationException(Reason.MISSING_SIGNATURE, "Request is not signed");
  }

  /**
   * Verifies the request's signature with keys from {@code keys}.
   *
   * @throws SignatureVerificationException with the reason the request is refused
   */
  public VerifiedSignature verify(SignableRequest request, KeyResolver keys) {
    return switch (detect(request)) {
      case RFC9421 -> rfc9421.verify(request, keys);
      case CAVAGE -> cavage.verify(request, keys);
    };
  }
}
