// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.keys;

import org.essaim.federation.FederationException;

/**
 * A Multikey or multibase string that cannot be decoded into a key: wrong multibase prefix, a
 * character outside the base58btc alphabet, an unknown multicodec header or a key of the wrong
 * length. The message names the problem, never the offending key material.
 */
public class MultikeyFormatException extends FederationException {
  private static final long serialVersionUID = 1L;

  public MultikeyFormatException(String message) {
    super(message);
  }

  public MultikeyFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
