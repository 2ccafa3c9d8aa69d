// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.keys;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.RSAKeyGenParameterSpec;
import org.essaim.federation.FederationException;

/** Fresh key pairs for actors: RSA-2048 (what the fediverse expects) and Ed25519 (FEP-521a). */
public final class KeyPairs {
  private KeyPairs() {}

  /** A new RSA key pair, 2048-bit modulus, public exponent 65537. */
  public static KeyPair generateRsa2048() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(new RSAKeyGenParameterSpec(2048, BigInteger.valueOf(65537)));
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new FederationException("RSA key generation is unavailable in this JDK", e);
    }
  }

  /** A new Ed25519 key pair. */
  public static KeyPair generateEd25519() {
    try {
      return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new FederationException("Ed25519 key generation is unavailable in this JDK", e);
    }
  }
}
