// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.sig;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Reads test resources and plain-text HTTP messages. */
final class TestMessages {
  private TestMessages() {}

  static String resource(String path) {
    try (InputStream in = TestMessages.class.getResourceAsStream("/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("No test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses "METHOD target HTTP/1.1", header lines, a blank line and the body (if any). */
  static SignableRequest request(String text, String scheme) {
    String[] headAndBody = text.split("\n\n", 2);
    String[] lines = headAndBody[0].split("\n");
    String[] requestLine = lines[0].split(" ");
    HttpFields fields = headers(lines);
    URI uri = URI.create(scheme + "://" + fields.combined("host").orElseThrow() + requestLine[1]);
    byte[] body =
        headAndBody.length > 1 && !headAndBody[1].isEmpty()
            ? headAndBody[1].getBytes(StandardCharsets.UTF_8)
            : null;
    return SignableRequest.of(requestLine[0], uri, fields, body);
  }

  static SignableResponse response(String text) {
    String[] headAndBody = text.split("\n\n", 2);
    String[] lines = headAndBody[0].split("\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    byte[] body = headAndBody.length > 1 ? headAndBody[1].getBytes(StandardCharsets.UTF_8) : null;
    return SignableResponse.of(status, headers(lines), body);
  }

  /** Adds "Name: value" lines (as in the bNN-headers.txt files) to a field set. */
  static HttpFields withHeaderLines(HttpFields fields, String text) {
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        int colon = line.indexOf(':');
        fields = fields.with(line.substring(0, colon), line.substring(colon + 1).strip());
      }
    }
    return fields;
  }

  /** RFC 9421's test-key-rsa: fixed, so tests do not spend time generating RSA keys. */
  static java.security.KeyPair rsaTestKey() {
    String pem = resource("vectors/rfc9421/test-key-rsa.pem");
    return new java.security.KeyPair(
        org.essaim.federation.keys.PemKeys.decodePublicKey(pem),
        org.essaim.federation.keys.PemKeys.decodePrivateKey(pem));
  }

  /** RFC 9421's test-key-rsa-pss, read as a plain RSA key pair. */
  static java.security.KeyPair otherRsaTestKey() {
    String pem = resource("vectors/rfc9421/test-key-rsa-pss.pem");
    java.security.interfaces.RSAPrivateCrtKey pss =
        (java.security.interfaces.RSAPrivateCrtKey)
            org.essaim.federation.keys.PemKeys.decodePrivateKey(pem);
    try {
      java.security.KeyFactory rsa = java.security.KeyFactory.getInstance("RSA");
      return new java.security.KeyPair(
          org.essaim.federation.keys.PemKeys.decodePublicKey(pem),
          rsa.generatePrivate(
              new java.security.spec.RSAPrivateCrtKeySpec(
                  pss.getModulus(),
                  pss.getPublicExponent(),
                  pss.getPrivateExponent(),
                  pss.getPrimeP(),
                  pss.getPrimeQ(),
                  pss.getPrimeExponentP(),
                  pss.getPrimeExponentQ(),
                  pss.getCrtCoefficient())));
    } catch (java.security.GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  static Clock clockAt(long epochSecond) {
    return Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC);
  }

  private static HttpFields headers(String[] lines) {
    HttpFields fields = HttpFields.empty();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      fields = fields.with(lines[i].substring(0, colon), lines[i].substring(colon + 1).strip());
    }
    return fields;
  }
}
