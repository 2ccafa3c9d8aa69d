// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.jsonld;

import org.essaim.federation.FederationException;

/** An incoming document was refused: the subclass says why. */
public class DocumentException extends FederationException {
  private static final long serialVersionUID = 1L;

  public DocumentException(String message) {
    super(message);
  }

  public DocumentException(String message, Throwable cause) {
    super(message, cause);
  }
}
