// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation;

/**
 * The root of every error this library raises on purpose. Subclasses say what went wrong in terms a
 * node operator can act on (a document too large, a signature that does not verify, a context that
 * would have to be fetched…); messages never carry parser internals or stack-trace fodder. Callers
 * that only need to refuse the input catch this type.
 */
public class FederationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public FederationException(String message) {
    super(message);
  }

  public FederationException(String message, Throwable cause) {
    super(message, cause);
  }
}
