// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.sig;

import java.security.Key;
import org.essaim.federation.FederationException;
import org.essaim.federation.sig.SignatureVerificationException.Reason;

/** Key lookup with the failure modes turned into UNKNOWN_KEY. */
final class Keys {
  private Keys() {}

  static Key resolve(KeyResolver resolver, String keyId) {
    Key key;
    try {
      key = resolver.resolve(keyId);
    } catch (SignatureVerificationException e) {
      throw e;
    } catch (FederationException e) {
      throw new SignatureVerificationException(
          Reason.UNKNOWN_KEY, "Key " + keyId + " could not be obtained: " + e.getMessage(), e);
    }
    if (key == null) {
      throw new SignatureVerificationException(Reason.UNKNOWN_KEY, "Unknown key " + keyId);
    }
    return key;
  }
}
