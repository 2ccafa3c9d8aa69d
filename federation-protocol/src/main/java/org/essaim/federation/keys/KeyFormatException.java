// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.keys;

import org.essaim.federation.FederationException;

/** Text or bytes that were supposed to be a key and are not one this library can read. */
public class KeyFormatException extends FederationException {
  private static final long serialVersionUID = 1L;

  public KeyFormatException(String message) {
    super(message);
  }

  public KeyFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
