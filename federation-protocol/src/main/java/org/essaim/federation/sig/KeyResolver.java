// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.sig;

import java.security.Key;

/**
 * Finds the verification key named by a signature's keyId: usually a {@link
 * java.security.PublicKey} fetched from the signer's actor document, or a {@link
 * javax.crypto.SecretKey} for hmac-sha256. Returning {@code null} or throwing a {@link
 * org.essaim.federation.FederationException} makes verification fail with {@code UNKNOWN_KEY}.
 */
@FunctionalInterface
public interface KeyResolver {
  Key resolve(String keyId);
}
