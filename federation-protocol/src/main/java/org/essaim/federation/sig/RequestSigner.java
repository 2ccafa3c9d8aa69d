// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.sig;

/** Adds a signature of one scheme to outgoing requests. */
public interface RequestSigner {
  SignatureScheme scheme();

  /** A copy of {@code request} carrying the signature (and any Date/Host/digest it needs). */
  SignableRequest sign(SignableRequest request);
}
