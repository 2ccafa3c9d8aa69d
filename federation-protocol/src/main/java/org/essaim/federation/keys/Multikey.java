// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.keys;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.EdECPrivateKey;
import java.security.interfaces.EdECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;

/**
 * Multikey strings (W3C Controlled Identifiers, FEP-521a): a multibase base58btc string ({@code
 * z…}) whose bytes are an unsigned-varint multicodec header followed by the raw key. Supported
 * headers: {@code ed25519-pub} (0xed, raw 32-byte point), {@code ed25519-priv} (0x1300, raw 32-byte
 * seed) and {@code rsa-pub} (0x1205, DER {@code RSAPublicKey} of PKCS #1, not SPKI). The base58btc
 * codec lives here too because the Data Integrity {@code proofValue} uses the same encoding.
 */
public final class Multikey {
  /** Multicodec {@code ed25519-pub}. */
  public static final int ED25519_PUB = 0xed;

  /** Multicodec {@code ed25519-priv}. */
  public static final int ED25519_PRIV = 0x1300;

  /** Multicodec {@code rsa-pub}: DER-encoded PKCS #1 {@code RSAPublicKey}. */
  public static final int RSA_PUB = 0x1205;

  private static final char BASE58BTC_PREFIX = 'z';
  private static final String ALPHABET =
      "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  private static final int[] INDEXES = new int[128];

  // Bounds the quadratic base58 decoder; an 8192-bit RSA key needs about 1,400 characters.
  private static final int MAX_ENCODED_LENGTH = 4096;

  // SubjectPublicKeyInfo header for a raw Ed25519 key (RFC 8410): the JDK only takes SPKI.
  private static final byte[] ED25519_SPKI_PREFIX = {
    0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00
  };
  private static final int ED25519_KEY_LENGTH = 32;

  static {
    Arrays.fill(INDEXES, -1);
    for (int i = 0; i < ALPHABET.length(); i++) {
      INDEXES[ALPHABET.charAt(i)] = i;
    }
  }

  private Multikey() {}

  // ---------------------------------------------------------------- keys

  /** Encodes an Ed25519 or RSA public key as a Multikey string. */
  public static String encodePublicKey(PublicKey key) {
    if (key instanceof EdECPublicKey edKey) {
      requireEd25519(edKey.getParams().getName());
      return encodeMultibase(withHeader(ED25519_PUB, rawEd25519PublicKey(key)));
    }
    if (key instanceof RSAPublicKey rsaKey) {
      return encodeMultibase(
          withHeader(RSA_PUB, encodePkcs1(rsaKey.getModulus(), rsaKey.getPublicExponent())));
    }
    throw new MultikeyFormatException(
        "Only Ed25519 and RSA public keys have a Multikey form here, not " + describe(key));
  }

  /** Decodes a Multikey string ({@code ed25519-pub} or {@code rsa-pub}) into a public key. */
  public static PublicKey decodePublicKey(String multikey) {
    byte[] bytes = decodeMultibase(multikey);
    Header header = readHeader(bytes);
    byte[] body = Arrays.copyOfRange(bytes, header.length(), bytes.length);
    return switch (header.code()) {
      case ED25519_PUB -> ed25519PublicKey(body);
      case RSA_PUB -> decodePkcs1(body);
      case ED25519_PRIV ->
          throw new MultikeyFormatException("Expected a public key, found an Ed25519 private key");
      default ->
          throw new MultikeyFormatException(
              "Unsupported multicodec key type 0x" + Integer.toHexString(header.code()));
    };
  }

  /** Encodes an Ed25519 private key as a Multikey string ({@code ed25519-priv}, {@code z3u2…}). */
  public static String encodeEd25519PrivateKey(PrivateKey key) {
    if (!(key instanceof EdECPrivateKey edKey)) {
      throw new MultikeyFormatException("Expected an Ed25519 private key, not " + describe(key));
    }
    requireEd25519(edKey.getParams().getName());
    byte[] seed =
        edKey
            .getBytes()
            .orElseThrow(
                () -> new MultikeyFormatException("This Ed25519 private key cannot be exported"));
    return encodeMultibase(withHeader(ED25519_PRIV, seed));
  }

  /** Decodes an {@code ed25519-priv} Multikey string into a private key. */
  public static PrivateKey decodeEd25519PrivateKey(String multikey) {
    byte[] bytes = decodeMultibase(multikey);
    Header header = readHeader(bytes);
    if (header.code() != ED25519_PRIV) {
      throw new MultikeyFormatException(
          "Expected an Ed25519 private key, found multicodec 0x"
              + Integer.toHexString(header.code()));
    }
    return ed25519PrivateKey(Arrays.copyOfRange(bytes, header.length(), bytes.length));
  }

  /** The 32 raw bytes of an Ed25519 public key (RFC 8032 encoding). */
  public static byte[] rawEd25519PublicKey(PublicKey key) {
    if (!(key instanceof EdECPublicKey edKey)) {
      throw new MultikeyFormatException("Expected an Ed25519 public key, not " + describe(key));
    }
    requireEd25519(edKey.getParams().getName());
    byte[] spki = key.getEncoded();
    if (spki == null
        || spki.length != ED25519_SPKI_PREFIX.length + ED25519_KEY_LENGTH
        || !Arrays.equals(
            spki,
            0,
            ED25519_SPKI_PREFIX.length,
            ED25519_SPKI_PREFIX,
            0,
            ED25519_SPKI_PREFIX.length)) {
      throw new MultikeyFormatException("This Ed25519 public key has no standard encoding");
    }
    return Arrays.copyOfRange(spki, ED25519_SPKI_PREFIX.length, spki.length);
  }

  /** An Ed25519 public key from its 32 raw bytes. */
  public static PublicKey ed25519PublicKey(byte[] raw) {
    if (raw.length != ED25519_KEY_LENGTH) {
      throw new MultikeyFormatException("An Ed25519 public key has 32 bytes, not " + raw.length);
    }
    byte[] spki = Arrays.copyOf(ED25519_SPKI_PREFIX, ED25519_SPKI_PREFIX.length + raw.length);
    System.arraycopy(raw, 0, spki, ED25519_SPKI_PREFIX.length, raw.length);
    try {
      return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
    } catch (GeneralSecurityException | RuntimeException e) {
      throw new MultikeyFormatException("Not a valid Ed25519 public key", e);
    }
  }

  /** An Ed25519 private key from its 32-byte seed. */
  public static PrivateKey ed25519PrivateKey(byte[] seed) {
    if (seed.length != ED25519_KEY_LENGTH) {
      throw new MultikeyFormatException("An Ed25519 private key has 32 bytes, not " + seed.length);
    }
    try {
      return KeyFactory.getInstance("Ed25519")
          .generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, seed));
    } catch (GeneralSecurityException | RuntimeException e) {
      throw new MultikeyFormatException("Not a valid Ed25519 private key", e);
    }
  }

  // ------------------------------------------------------------ multibase

  /** Multibase base58btc: the {@code z} prefix followed by the base58btc encoding of the bytes. */
  public static String encodeMultibase(byte[] data) {
    return BASE58BTC_PREFIX + encodeBase58(data);
  }

  /** Decodes a multibase base58btc string; any other multibase encoding is rejected. */
  public static byte[] decodeMultibase(String multibase) {
    if (multibase == null || multibase.isEmpty()) {
      throw new MultikeyFormatException("Empty multibase string");
    }
    if (multibase.charAt(0) != BASE58BTC_PREFIX) {
      throw new MultikeyFormatException(
          "Only multibase base58btc (prefix 'z') is supported, not prefix '"
              + printable(multibase.charAt(0))
              + "'");
    }
    return decodeBase58(multibase.substring(1));
  }

  /** Base58 with the Bitcoin alphabet; each leading zero byte becomes a leading {@code 1}. */
  public static String encodeBase58(byte[] data) {
    int zeros = 0;
    while (zeros < data.length && data[zeros] == 0) {
      zeros++;
    }
    // Repeated division of a big-endian base-256 number by 58, digits collected backwards.
    byte[] number = Arrays.copyOf(data, data.length);
    char[] out = new char[data.length * 2];
    int outStart = out.length;
    int start = zeros;
    while (start < number.length) {
      int remainder = 0;
      for (int i = start; i < number.length; i++) {
        int value = (remainder << 8) | (number[i] & 0xff);
        number[i] = (byte) (value / 58);
        remainder = value % 58;
      }
      out[--outStart] = ALPHABET.charAt(remainder);
      while (start < number.length && number[start] == 0) {
        start++;
      }
    }
    for (int i = 0; i < zeros; i++) {
      out[--outStart] = ALPHABET.charAt(0);
    }
    return new String(out, outStart, out.length - outStart);
  }

  /** Decodes base58 with the Bitcoin alphabet. */
  public static byte[] decodeBase58(String encoded) {
    if (encoded.length() > MAX_ENCODED_LENGTH) {
      throw new MultikeyFormatException(
          "Base58 string too long (" + encoded.length() + " characters)");
    }
    byte[] digits = new byte[encoded.length()];
    for (int i = 0; i < encoded.length(); i++) {
      char c = encoded.charAt(i);
      int digit = c < 128 ? INDEXES[c] : -1;
      if (digit < 0) {
        throw new MultikeyFormatException(
            "Invalid base58btc character '" + printable(c) + "' at position " + i);
      }
      digits[i] = (byte) digit;
    }
    int zeros = 0;
    while (zeros < digits.length && digits[zeros] == 0) {
      zeros++;
    }
    // Repeated division of the base-58 number by 256, bytes collected backwards.
    byte[] out = new byte[encoded.length()];
    int outStart = out.length;
    int start = zeros;
    while (start < digits.length) {
      int remainder = 0;
      for (int i = start; i < digits.length; i++) {
        int value = remainder * 58 + digits[i];
        digits[i] = (byte) (value / 256);
        remainder = value % 256;
      }
      out[--outStart] = (byte) remainder;
      while (start < digits.length && digits[start] == 0) {
        start++;
      }
    }
    byte[] result = new byte[zeros + out.length - outStart];
    System.arraycopy(out, outStart, result, zeros, out.length - outStart);
    return result;
  }

  // ------------------------------------------------------------ internals

  private record Header(int code, int length) {}

  private static byte[] withHeader(int code, byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 3);
    int value = code;
    while (value >= 0x80) {
      out.write((value & 0x7f) | 0x80);
      value >>>= 7;
    }
    out.write(value);
    out.writeBytes(body);
    return out.toByteArray();
  }

  // Unsigned varint, at most 3 bytes: every key codec in the multicodec table fits.
  private static Header readHeader(byte[] bytes) {
    int code = 0;
    for (int i = 0; i < 3 && i < bytes.length; i++) {
      int b = bytes[i] & 0xff;
      code |= (b & 0x7f) << (7 * i);
      if ((b & 0x80) == 0) {
        if (b == 0 && i > 0) {
          throw new MultikeyFormatException("Non-minimal multicodec header");
        }
        return new Header(code, i + 1);
      }
    }
    throw new MultikeyFormatException("Missing or invalid multicodec header");
  }

  private static void requireEd25519(String curve) {
    if (!"Ed25519".equalsIgnoreCase(curve)) {
      throw new MultikeyFormatException("Only the Ed25519 curve is supported, not " + curve);
    }
  }

  private static String describe(Key key) {
    return key == null ? "null" : key.getAlgorithm() + " key";
  }

  private static String printable(char c) {
    return c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\u%04x", (int) c);
  }

  // DER RSAPublicKey ::= SEQUENCE { modulus INTEGER, publicExponent INTEGER }
  private static byte[] encodePkcs1(BigInteger modulus, BigInteger exponent) {
    byte[] n = derTagged(0x02, modulus.toByteArray());
    byte[] e = derTagged(0x02, exponent.toByteArray());
    byte[] both = Arrays.copyOf(n, n.length + e.length);
    System.arraycopy(e, 0, both, n.length, e.length);
    return derTagged(0x30, both);
  }

  private static byte[] derTagged(int tag, byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 6);
    out.write(tag);
    int length = content.length;
    if (length < 0x80) {
      out.write(length);
    } else {
      int bytes = (32 - Integer.numberOfLeadingZeros(length) + 7) / 8;
      out.write(0x80 | bytes);
      for (int i = bytes - 1; i >= 0; i--) {
        out.write(length >>> (8 * i));
      }
    }
    out.writeBytes(content);
    return out.toByteArray();
  }

  private static PublicKey decodePkcs1(byte[] der) {
    DerReader reader = new DerReader(der);
    DerReader sequence = reader.nested(0x30);
    reader.requireEnd();
    BigInteger modulus = sequence.integer();
    BigInteger exponent = sequence.integer();
    sequence.requireEnd();
    if (modulus.signum() <= 0 || exponent.signum() <= 0) {
      throw new MultikeyFormatException("RSA modulus and exponent must be positive");
    }
    try {
      return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(modulus, exponent));
    } catch (GeneralSecurityException e) {
      throw new MultikeyFormatException("Not a valid RSA public key", e);
    }
  }

  /** Just enough strict DER to read a PKCS #1 RSAPublicKey. */
  private static final class DerReader {
    private final byte[] bytes;
    private int position;
    private final int end;

    DerReader(byte[] bytes) {
      this(bytes, 0, bytes.length);
    }

    private DerReader(byte[] bytes, int start, int end) {
      this.bytes = bytes;
      this.position = start;
      this.end = end;
    }

    DerReader nested(int tag) {
      int length = header(tag);
      DerReader inner = new DerReader(bytes, position, position + length);
      position += length;
      return inner;
    }

    BigInteger integer() {
      int length = header(0x02);
      if (length == 0) {
        throw malformed();
      }
      BigInteger value = new BigInteger(Arrays.copyOfRange(bytes, position, position + length));
      position += length;
      return value;
    }

    void requireEnd() {
      if (position != end) {
        throw malformed();
      }
    }

    private int header(int tag) {
      if (position + 2 > end || (bytes[position] & 0xff) != tag) {
        throw malformed();
      }
      position++;
      int first = bytes[position++] & 0xff;
      int length;
      if (first < 0x80) {
        length = first;
      } else {
        int count = first & 0x7f;
        if (count == 0 || count > 3 || position + count > end) {
          throw malformed();
        }
        length = 0;
        for (int i = 0; i < count; i++) {
          length = (length << 8) | (bytes[position++] & 0xff);
        }
        if (length < 0x80) {
          throw malformed();
        }
      }
      if (length > end - position) {
        throw malformed();
      }
      return length;
    }

    private static MultikeyFormatException malformed() {
      return new MultikeyFormatException("Malformed DER RSAPublicKey (PKCS #1)");
    }
  }
}
