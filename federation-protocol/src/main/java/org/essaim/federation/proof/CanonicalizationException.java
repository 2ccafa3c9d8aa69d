// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.proof;

import org.essaim.federation.FederationException;

/**
 * A JSON value that has no RFC 8785 canonical form: a number outside the IEEE 754 double range or a
 * string with an unpaired surrogate. Such a document can be neither signed nor verified.
 */
public class CanonicalizationException extends FederationException {
  private static final long serialVersionUID = 1L;

  public CanonicalizationException(String message) {
    super(message);
  }
}
