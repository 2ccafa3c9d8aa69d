// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.sig;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.interfaces.ECKey;
import java.security.interfaces.EdECKey;
import java.security.interfaces.RSAKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import org.essaim.federation.FederationException;
import org.essaim.federation.sig.SignatureVerificationException.Reason;

/**
 * Signature algorithms of the HTTP Signature Algorithms registry (RFC 9421 section 6.2) that this
 * library implements with the JDK providers. Draft-cavage signatures map onto the same primitives.
 */
public enum SignatureAlgorithm {
  RSA_V1_5_SHA256("rsa-v1_5-sha256"),
  RSA_PSS_SHA512("rsa-pss-sha512"),
  ECDSA_P256_SHA256("ecdsa-p256-sha256"),
  ED25519("ed25519"),
  HMAC_SHA256("hmac-sha256");

  private final String identifier;

  SignatureAlgorithm(String identifier) {
    this.identifier = identifier;
  }

  /** The registered name, as carried in the {@code alg} parameter. */
  public String identifier() {
    return identifier;
  }

  public static Optional<SignatureAlgorithm> fromIdentifier(String identifier) {
    for (SignatureAlgorithm a : values()) {
      if (a.identifier.equals(identifier)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  /**
   * The algorithm a key implies when the message does not name one: RSA keys mean rsa-v1_5-sha256
   * (what the fediverse uses), Ed25519 keys ed25519, P-256 keys ecdsa, secret keys hmac-sha256.
   */
  public static SignatureAlgorithm forKey(Key key) {
    if (key instanceof SecretKey) {
      return HMAC_SHA256;
    }
    if (key instanceof RSAKey) {
      return key.getAlgorithm().equals("RSASSA-PSS") ? RSA_PSS_SHA512 : RSA_V1_5_SHA256;
    }
    if (isEd25519(key)) {
      return ED25519;
    }
    if (key instanceof ECKey) {
      return ECDSA_P256_SHA256;
    }
    throw new SignatureVerificationException(
        Reason.UNSUPPORTED_ALGORITHM, "No signature algorithm for " + key.getAlgorithm() + " keys");
  }

  /** Whether {@code key} is of the type this algorithm uses. */
  public boolean fits(Key key) {
    return switch (this) {
      case RSA_V1_5_SHA256, RSA_PSS_SHA512 -> key instanceof RSAKey;
      case ECDSA_P256_SHA256 -> key instanceof ECKey && !isEd25519(key);
      case ED25519 -> isEd25519(key);
      case HMAC_SHA256 -> key instanceof SecretKey;
    };
  }

  /** Signs {@code data} with a private key (or the shared secret for HMAC). */
  public byte[] sign(Key key, byte[] data) {
    requireFit(key);
    try {
      if (this == HMAC_SHA256) {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(key);
        return mac.doFinal(data);
      }
      if (!(key instanceof PrivateKey privateKey)) {
        throw new FederationException("Signing needs a private key");
      }
      Signature s = engine();
      s.initSign(privateKey);
      s.update(data);
      return s.sign();
    } catch (GeneralSecurityException e) {
      throw new FederationException("Could not sign with " + identifier, e);
    }
  }

  /** True when {@code signature} is valid for {@code data} under {@code key}. */
  public boolean verify(Key key, byte[] data, byte[] signature) {
    requireFit(key);
    try {
      if (this == HMAC_SHA256) {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(key);
        return java.security.MessageDigest.isEqual(mac.doFinal(data), signature);
      }
      if (!(key instanceof PublicKey publicKey)) {
        throw new SignatureVerificationException(
            Reason.UNKNOWN_KEY, "Verification needs a public key");
      }
      Signature s = engine();
      s.initVerify(publicKey);
      s.update(data);
      return s.verify(signature);
    } catch (SignatureException | InvalidKeyException e) {
      return false; // malformed signature bytes or unusable key: simply not valid
    } catch (GeneralSecurityException e) {
      throw new FederationException("Could not verify with " + identifier, e);
    }
  }

  private void requireFit(Key key) {
    if (key == null || !fits(key)) {
      throw new SignatureVerificationException(
          Reason.UNSUPPORTED_ALGORITHM,
          identifier
              + " cannot be used with a "
              + (key == null ? "missing" : key.getAlgorithm())
              + " key");
    }
  }

  private Signature engine() throws GeneralSecurityException {
    switch (this) {
      case RSA_V1_5_SHA256:
        return Signature.getInstance("SHA256withRSA");
      case RSA_PSS_SHA512:
        Signature pss = Signature.getInstance("RSASSA-PSS");
        pss.setParameter(new PSSParameterSpec("SHA-512", "MGF1", MGF1ParameterSpec.SHA512, 64, 1));
        return pss;
      case ECDSA_P256_SHA256:
        // RFC 9421 carries r||s, not DER: the P1363 form of the JDK provider.
        return Signature.getInstance("SHA256withECDSAinP1363Format");
      case ED25519:
        return Signature.getInstance("Ed25519");
      default:
        throw new IllegalStateException(identifier);
    }
  }

  private static boolean isEd25519(Key key) {
    if (key instanceof EdECKey ed) {
      return ed.getParams().getName().equalsIgnoreCase("Ed25519");
    }
    return key != null
        && (key.getAlgorithm().equals("Ed25519") || key.getAlgorithm().equals("EdDSA"));
  }
}
