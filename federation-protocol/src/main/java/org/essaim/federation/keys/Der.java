// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.keys;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * The few DER operations PEM handling needs: wrapping PKCS#1 RSA structures into SPKI/PKCS#8 and
 * reading the algorithm OID out of an SPKI or PKCS#8 structure. Not a general ASN.1 library.
 */
final class Der {
  static final int SEQUENCE = 0x30;
  static final int INTEGER = 0x02;
  static final int BIT_STRING = 0x03;
  static final int OCTET_STRING = 0x04;
  static final int NULL = 0x05;
  static final int OID = 0x06;

  /** DER content of OID 1.2.840.113549.1.1.1 (rsaEncryption). */
  static final byte[] RSA_ENCRYPTION = hex("2a864886f70d010101");

  /** DER content of OID 1.2.840.113549.1.1.10 (RSASSA-PSS). */
  static final byte[] RSASSA_PSS = hex("2a864886f70d01010a");

  /** DER content of OID 1.3.101.112 (Ed25519). */
  static final byte[] ED25519 = hex("2b6570");

  /** DER content of OID 1.2.840.10045.2.1 (id-ecPublicKey). */
  static final byte[] EC_PUBLIC_KEY = hex("2a8648ce3d0201");

  private Der() {}

  static byte[] tlv(int tag, byte[]... contents) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (byte[] c : contents) {
      body.writeBytes(c);
    }
    byte[] content = body.toByteArray();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
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

  /** AlgorithmIdentifier { rsaEncryption, NULL }. */
  static byte[] rsaAlgorithmIdentifier() {
    return tlv(SEQUENCE, tlv(OID, RSA_ENCRYPTION), tlv(NULL));
  }

  /** SubjectPublicKeyInfo around a PKCS#1 RSAPublicKey. */
  static byte[] spkiFromPkcs1(byte[] rsaPublicKey) {
    byte[] bitString = new byte[rsaPublicKey.length + 1]; // leading byte: 0 unused bits
    System.arraycopy(rsaPublicKey, 0, bitString, 1, rsaPublicKey.length);
    return tlv(SEQUENCE, rsaAlgorithmIdentifier(), tlv(BIT_STRING, bitString));
  }

  /** PKCS#8 PrivateKeyInfo (version 0) around a PKCS#1 RSAPrivateKey. */
  static byte[] pkcs8FromPkcs1(byte[] rsaPrivateKey) {
    return tlv(
        SEQUENCE,
        tlv(INTEGER, new byte[] {0}),
        rsaAlgorithmIdentifier(),
        tlv(OCTET_STRING, rsaPrivateKey));
  }

  /** The algorithm OID content of an SPKI structure. */
  static byte[] spkiAlgorithm(byte[] der) {
    Reader outer = new Reader(der).enter(SEQUENCE);
    Reader algorithm = outer.enter(SEQUENCE);
    return algorithm.read(OID);
  }

  /** The algorithm OID content of a PKCS#8 PrivateKeyInfo structure. */
  static byte[] pkcs8Algorithm(byte[] der) {
    Reader outer = new Reader(der).enter(SEQUENCE);
    outer.read(INTEGER);
    Reader algorithm = outer.enter(SEQUENCE);
    return algorithm.read(OID);
  }

  static byte[] hex(String hex) {
    byte[] out = new byte[hex.length() / 2];
    for (int i = 0; i < out.length; i++) {
      out[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
    }
    return out;
  }

  /** A cursor over consecutive TLVs; throws KeyFormatException on anything truncated or off. */
  static final class Reader {
    private final byte[] data;
    private int pos;
    private final int end;

    Reader(byte[] data) {
      this(data, 0, data.length);
    }

    private Reader(byte[] data, int start, int end) {
      this.data = data;
      this.pos = start;
      this.end = end;
    }

    Reader enter(int tag) {
      int[] bounds = next(tag);
      return new Reader(data, bounds[0], bounds[1]);
    }

    byte[] read(int tag) {
      int[] bounds = next(tag);
      return Arrays.copyOfRange(data, bounds[0], bounds[1]);
    }

    private int[] next(int tag) {
      if (pos + 2 > end || (data[pos] & 0xff) != tag) {
        throw new KeyFormatException("Not a DER-encoded key structure");
      }
      pos++;
      int length = data[pos++] & 0xff;
      if (length >= 0x80) {
        int bytes = length & 0x7f;
        if (bytes == 0 || bytes > 3 || pos + bytes > end) {
          throw new KeyFormatException("Not a DER-encoded key structure");
        }
        length = 0;
        for (int i = 0; i < bytes; i++) {
          length = (length << 8) | (data[pos++] & 0xff);
        }
      }
      if (pos + length > end) {
        throw new KeyFormatException("Truncated DER-encoded key structure");
      }
      int start = pos;
      pos += length;
      return new int[] {start, pos};
    }
  }
}
