// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.proof;

import org.essaim.federation.FederationException;

/**
 * A proof that cannot be created: a private key that is not Ed25519, a relative verification
 * method, an empty proof purpose or a document without a canonical form.
 */
public class ProofCreationException extends FederationException {
  private static final long serialVersionUID = 1L;

  public ProofCreationException(String message) {
    super(message);
  }

  public ProofCreationException(String message, Throwable cause) {
    super(message, cause);
  }
}
