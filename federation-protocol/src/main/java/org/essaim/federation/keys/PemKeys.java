// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.keys;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PEM encoding and decoding of public and private keys. Encoding always produces the standard forms
 * (SPKI "PUBLIC KEY", PKCS#8 "PRIVATE KEY"); decoding also accepts the PKCS#1 "RSA PUBLIC KEY" and
 * "RSA PRIVATE KEY" forms, which older ActivityPub software and RFC 9421's examples use. RSA,
 * RSASSA-PSS, Ed25519 and EC keys are recognised from the algorithm identifier in the key.
 */
public final class PemKeys {
  private static final Pattern BLOCK =
      Pattern.compile(
          "-----BEGIN ([A-Z0-9 ]+)-----\\s*([A-Za-z0-9+/=\\s]*?)\\s*-----END \\1-----",
          Pattern.DOTALL);

  private PemKeys() {}

  /** SPKI PEM ("BEGIN PUBLIC KEY") of a public key. */
  public static String encodePublicKey(PublicKey key) {
    Objects.requireNonNull(key, "key");
    return pem("PUBLIC KEY", key.getEncoded());
  }

  /** Unencrypted PKCS#8 PEM ("BEGIN PRIVATE KEY") of a private key. */
  public static String encodePrivateKey(PrivateKey key) {
    Objects.requireNonNull(key, "key");
    if (!"PKCS#8".equals(key.getFormat())) {
      throw new KeyFormatException("Private key has no PKCS#8 encoding");
    }
    return pem("PRIVATE KEY", key.getEncoded());
  }

  /**
   * Reads the first public key block ("PUBLIC KEY" or "RSA PUBLIC KEY") of {@code pem}; other
   * blocks, such as a private key in the same text, are skipped.
   */
  public static PublicKey decodePublicKey(String pem) {
    Matcher m = BLOCK.matcher(requireText(pem));
    while (m.find()) {
      String label = m.group(1);
      if (label.equals("PUBLIC KEY")) {
        return publicKeyFromSpki(base64(m.group(2)));
      }
      if (label.equals("RSA PUBLIC KEY")) {
        return publicKeyFromSpki(Der.spkiFromPkcs1(base64(m.group(2))));
      }
    }
    throw new KeyFormatException("No PEM public key block found");
  }

  /**
   * Reads the first private key block ("PRIVATE KEY" or "RSA PRIVATE KEY") of {@code pem}.
   * Encrypted keys are refused.
   */
  public static PrivateKey decodePrivateKey(String pem) {
    Matcher m = BLOCK.matcher(requireText(pem));
    while (m.find()) {
      String label = m.group(1);
      if (label.equals("PRIVATE KEY")) {
        return privateKeyFromPkcs8(base64(m.group(2)));
      }
      if (label.equals("RSA PRIVATE KEY")) {
        return privateKeyFromPkcs8(Der.pkcs8FromPkcs1(base64(m.group(2))));
      }
      if (label.equals("ENCRYPTED PRIVATE KEY")) {
        throw new KeyFormatException("Encrypted private keys are not supported");
      }
    }
    throw new KeyFormatException("No PEM private key block found");
  }

  /** A public key from its DER SubjectPublicKeyInfo encoding. */
  public static PublicKey publicKeyFromSpki(byte[] der) {
    String algorithm = algorithmName(Der.spkiAlgorithm(der));
    try {
      return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(der));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new KeyFormatException("Invalid " + algorithm + " public key", e);
    }
  }

  /** A private key from its DER PKCS#8 PrivateKeyInfo encoding. */
  public static PrivateKey privateKeyFromPkcs8(byte[] der) {
    String algorithm = algorithmName(Der.pkcs8Algorithm(der));
    try {
      return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new KeyFormatException("Invalid " + algorithm + " private key", e);
    }
  }

  private static String algorithmName(byte[] oid) {
    if (Arrays.equals(oid, Der.RSA_ENCRYPTION)) {
      return "RSA";
    }
    if (Arrays.equals(oid, Der.RSASSA_PSS)) {
      return "RSASSA-PSS";
    }
    if (Arrays.equals(oid, Der.ED25519)) {
      return "Ed25519";
    }
    if (Arrays.equals(oid, Der.EC_PUBLIC_KEY)) {
      return "EC";
    }
    throw new KeyFormatException("Unsupported key algorithm");
  }

  private static String requireText(String pem) {
    if (pem == null || pem.isBlank()) {
      throw new KeyFormatException("Empty key text");
    }
    return pem;
  }

  private static byte[] base64(String body) {
    try {
      return Base64.getMimeDecoder().decode(body.replaceAll("\\s", ""));
    } catch (IllegalArgumentException e) {
      throw new KeyFormatException("PEM block is not valid base64", e);
    }
  }

  private static String pem(String label, byte[] der) {
    String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
    return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
  }
}
