// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.sig;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.essaim.federation.sig.SignatureVerificationException.Reason;
import org.essaim.federation.sig.StructuredFields.ByteSequence;
import org.essaim.federation.sig.StructuredFields.Item;
import org.essaim.federation.sig.StructuredFields.Member;

/**
 * Body digests: RFC 9530 {@code Content-Digest} (sha-256, sha-512) and the legacy RFC 3230 {@code
 * Digest} field ({@code SHA-256=base64}) that draft-cavage signatures cover.
 */
public final class ContentDigest {
  /** The digest algorithms of RFC 9530's registry that are not deprecated. */
  public enum Algorithm {
    SHA_256("sha-256", "SHA-256"),
    SHA_512("sha-512", "SHA-512");

    private final String key;
    private final String jdkName;

    Algorithm(String key, String jdkName) {
      this.key = key;
      this.jdkName = jdkName;
    }

    /** The dictionary key in Content-Digest ({@code sha-256}). */
    public String key() {
      return key;
    }

    byte[] digest(byte[] body) {
      try {
        return MessageDigest.getInstance(jdkName).digest(body);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(jdkName + " missing from the JDK", e);
      }
    }
  }

  private ContentDigest() {}

  /** The Content-Digest field value for {@code body}, e.g. {@code sha-256=:…:}. */
  public static String create(byte[] body, Algorithm algorithm) {
    Map<String, Member> dict = new LinkedHashMap<>();
    dict.put(algorithm.key(), new Item(new ByteSequence(algorithm.digest(body))));
    return StructuredFields.serializeDictionary(dict);
  }

  /**
   * Checks {@code fieldValue} against {@code body}: every supported digest present must match,
   * unknown algorithms are ignored, and at least one supported digest must be present.
   */
  public static void verify(String fieldValue, byte[] body) {
    Map<String, Member> dict;
    try {
      dict = StructuredFields.parseDictionary(fieldValue);
    } catch (StructuredFieldException e) {
      throw new SignatureVerificationException(
          Reason.MALFORMED_SIGNATURE, "Content-Digest is not a structured dictionary", e);
    }
    boolean checked = false;
    for (Algorithm a : Algorithm.values()) {
      Member m = dict.get(a.key());
      if (m == null) {
        continue;
      }
      if (!(m instanceof Item item && item.value() instanceof ByteSequence bytes)) {
        throw new SignatureVerificationException(
            Reason.MALFORMED_SIGNATURE, "Content-Digest " + a.key() + " is not a byte sequence");
      }
      if (!MessageDigest.isEqual(bytes.bytes(), a.digest(body))) {
        throw new SignatureVerificationException(
            Reason.DIGEST_MISMATCH, "Body does not match its Content-Digest " + a.key());
      }
      checked = true;
    }
    if (!checked) {
      throw new SignatureVerificationException(
          Reason.DIGEST_MISMATCH, "Content-Digest offers no sha-256 or sha-512 digest");
    }
  }

  /** The legacy Digest field value, {@code SHA-256=base64}. */
  public static String createLegacy(byte[] body) {
    return "SHA-256=" + Base64.getEncoder().encodeToString(Algorithm.SHA_256.digest(body));
  }

  /** Checks a legacy Digest field value (SHA-256 and/or SHA-512 entries) against {@code body}. */
  public static void verifyLegacy(String fieldValue, byte[] body) {
    boolean checked = false;
    for (String entry : fieldValue.split(",")) {
      int eq = entry.indexOf('=');
      if (eq <= 0) {
        throw new SignatureVerificationException(Reason.MALFORMED_SIGNATURE, "Malformed Digest");
      }
      String name = entry.substring(0, eq).strip().toLowerCase(Locale.ROOT);
      Algorithm a =
          switch (name) {
            case "sha-256" -> Algorithm.SHA_256;
            case "sha-512" -> Algorithm.SHA_512;
            default -> null;
          };
      if (a == null) {
        continue;
      }
      byte[] expected;
      try {
        expected = Base64.getDecoder().decode(entry.substring(eq + 1).strip());
      } catch (IllegalArgumentException e) {
        throw new SignatureVerificationException(
            Reason.MALFORMED_SIGNATURE, "Digest value is not base64", e);
      }
      if (!MessageDigest.isEqual(expected, a.digest(body))) {
        throw new SignatureVerificationException(
            Reason.DIGEST_MISMATCH,
            "Body does not match its Digest " + name.toUpperCase(Locale.ROOT));
      }
      checked = true;
    }
    if (!checked) {
      throw new SignatureVerificationException(
          Reason.DIGEST_MISMATCH, "Digest offers no SHA-256 or SHA-512 value");
    }
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
