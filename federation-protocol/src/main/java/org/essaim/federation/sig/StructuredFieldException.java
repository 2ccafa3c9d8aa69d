// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.sig;

import org.essaim.federation.FederationException;

/** A header value that is not a well-formed RFC 8941 structured field. */
public class StructuredFieldException extends FederationException {
  private static final long serialVersionUID = 1L;

  public StructuredFieldException(String message) {
    super(message);
  }
}
