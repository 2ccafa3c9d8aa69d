// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.sig;

import java.security.Key;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.essaim.federation.sig.SignatureVerificationException.Reason;

/**
 * Verifies draft-cavage-http-signatures-12 signatures as the fediverse uses them. Reads the {@code
 * Signature} field (or {@code Authorization: Signature …}); accepts {@code rsa-sha256} and {@code
 * hs2019} (the key decides: RSA PKCS#1 v1.5 with SHA-256, like Mastodon, or Ed25519) and {@code
 * ed25519}. Checks the Date header (and {@code created}, when given) against the clock, {@code
 * expires}, the Digest field against the body, and the policy's required headers. For compatibility
 * with old Mastodon versions, a {@code (request-target)} signed without the query string is also
 * accepted.
 */
public final class CavageVerifier {
  private final VerificationPolicy policy;

  public CavageVerifier(VerificationPolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /** The raw signature parameters of a request, or empty when it has no cavage signature. */
  static Optional<String> signatureField(SignableRequest request) {
    Optional<String> signature = request.headers().combined("signature");
    if (signature.isPresent()) {
      return signature;
    }
    return request
        .headers()
        .combined("authorization")
        .filter(a -> a.regionMatches(true, 0, "Signature ", 0, 10))
        .map(a -> a.substring(10));
  }

  public VerifiedSignature verify(SignableRequest request, KeyResolver keys) {
    String field =
        signatureField(request)
            .orElseThrow(
                () ->
                    new SignatureVerificationException(
                        Reason.MISSING_SIGNATURE, "No Signature header"));
    Map<String, String> params = parseParameters(field);
    String keyId = params.get("keyid");
    String signatureText = params.get("signature");
    if (keyId == null || keyId.isEmpty() || signatureText == null) {
      throw malformed("Signature lacks keyId or signature");
    }
    String algorithmName = params.getOrDefault("algorithm", "hs2019").toLowerCase(Locale.ROOT);
    if (!List.of("rsa-sha256", "hs2019", "ed25519").contains(algorithmName)) {
      throw new SignatureVerificationException(
          Reason.UNSUPPORTED_ALGORITHM, "Unsupported algorithm " + algorithmName);
    }
    String headerList =
        params.getOrDefault("headers", algorithmName.equals("hs2019") ? "(created)" : "date");
    if (headerList.isBlank()) {
      throw malformed("Signature covers no headers");
    }
    List<String> covered = Arrays.asList(headerList.strip().toLowerCase(Locale.ROOT).split("\\s+"));
    Long created = number(params, "created");
    Long expires = number(params, "expires");
    byte[] signature;
    try {
      signature = Base64.getDecoder().decode(signatureText.strip());
    } catch (IllegalArgumentException e) {
      throw malformed("Signature is not base64");
    }

    Optional<byte[]> body = request.body();
    boolean hasBody = body.isPresent() && body.get().length > 0;
    requireCovered(covered, policy.cavageRequired());
    if (hasBody) {
      requireCovered(covered, policy.cavageRequiredWithBody());
    }

    Instant now = policy.clock().instant();
    Instant createdAt = created == null ? null : Instant.ofEpochSecond(created);
    if (createdAt != null) {
      checkSkew(createdAt, now, "created");
    }
    if (covered.contains("date") || createdAt == null) {
      Optional<String> date = request.headers().combined("date");
      if (date.isPresent()) {
        Instant dated = HttpDates.parse(date.get());
        checkSkew(dated, now, "Date");
        if (createdAt == null) {
          createdAt = dated;
        }
      }
    }
    Instant expiresAt = expires == null ? null : Instant.ofEpochSecond(expires);
    if (expiresAt != null && now.isAfter(expiresAt)) {
      throw new SignatureVerificationException(Reason.EXPIRED, "Signature expired at " + expiresAt);
    }

    if (body.isPresent() && request.headers().contains("digest")) {
      ContentDigest.verifyLegacy(request.headers().combined("digest").get(), body.get());
    } else if (covered.contains("digest") && hasBody) {
      throw new SignatureVerificationException(Reason.MISSING_COMPONENT, "No Digest header");
    }

    String signingString = CavageSigningString.build(request, covered, created, expires, false);
    Key key = Keys.resolve(keys, keyId);
    SignatureAlgorithm algorithm =
        switch (algorithmName) {
          case "rsa-sha256" -> SignatureAlgorithm.RSA_V1_5_SHA256;
          case "ed25519" -> SignatureAlgorithm.ED25519;
          default -> hs2019(key);
        };
    boolean valid = algorithm.verify(key, ContentDigest.utf8(signingString), signature);
    if (!valid && request.uri().getRawQuery() != null && covered.contains("(request-target)")) {
      String legacy = CavageSigningString.build(request, covered, created, expires, true);
      valid = algorithm.verify(key, ContentDigest.utf8(legacy), signature);
    }
    if (!valid) {
      throw new SignatureVerificationException(
          Reason.INVALID_SIGNATURE, "Signature does not verify with key " + keyId);
    }
    return new VerifiedSignature(
        SignatureScheme.CAVAGE, null, keyId, algorithm, createdAt, expiresAt, covered);
  }

  private static SignatureAlgorithm hs2019(Key key) {
    SignatureAlgorithm a = SignatureAlgorithm.forKey(key);
    if (a != SignatureAlgorithm.RSA_V1_5_SHA256 && a != SignatureAlgorithm.ED25519) {
      throw new SignatureVerificationException(
          Reason.UNSUPPORTED_ALGORITHM, "hs2019 with a " + key.getAlgorithm() + " key");
    }
    return a;
  }

  private void checkSkew(Instant when, Instant now, String what) {
    if (when.isAfter(now.plus(policy.maxClockSkew()))
        || when.isBefore(now.minus(policy.maxClockSkew()))) {
      throw new SignatureVerificationException(
          Reason.CLOCK_SKEW, what + " " + when + " is too far from " + now);
    }
  }

  private static void requireCovered(List<String> covered, List<String> required) {
    for (String r : required) {
      if (!covered.contains(r)) {
        throw new SignatureVerificationException(
            Reason.MISSING_COMPONENT, "Signature does not cover " + r);
      }
    }
  }

  private static Long number(Map<String, String> params, String name) {
    String v = params.get(name);
    if (v == null) {
      return null;
    }
    long value;
    try {
      value = Long.parseLong(v.strip());
    } catch (NumberFormatException e) {
      throw malformed("Parameter " + name + " is not an integer");
    }
    if (Math.abs(value) > 999_999_999_999L) { // far beyond any real timestamp, and Instant's range
      throw malformed("Parameter " + name + " is out of range");
    }
    return value;
  }

  /**
   * Parses {@code name="value",name=123,…}; names are case-insensitive (returned lower-cased),
   * quoted values may contain commas and {@code \"} escapes.
   */
  static Map<String, String> parseParameters(String field) {
    Map<String, String> params = new LinkedHashMap<>();
    int i = 0;
    int n = field.length();
    while (i < n) {
      while (i < n && (field.charAt(i) == ' ' || field.charAt(i) == ',')) {
        i++;
      }
      if (i >= n) {
        break;
      }
      int eq = field.indexOf('=', i);
      if (eq < 0) {
        throw malformed("Signature parameter without value");
      }
      String name = field.substring(i, eq).strip().toLowerCase(Locale.ROOT);
      if (name.isEmpty() || !name.chars().allMatch(Character::isLetterOrDigit)) {
        throw malformed("Invalid signature parameter name");
      }
      i = eq + 1;
      StringBuilder value = new StringBuilder();
      if (i < n && field.charAt(i) == '"') {
        i++;
        boolean closed = false;
        while (i < n) {
          char c = field.charAt(i++);
          if (c == '\\' && i < n) {
            value.append(field.charAt(i++));
          } else if (c == '"') {
            closed = true;
            break;
          } else {
            value.append(c);
          }
        }
        if (!closed) {
          throw malformed("Unterminated quoted signature parameter");
        }
      } else {
        while (i < n && field.charAt(i) != ',') {
          value.append(field.charAt(i++));
        }
      }
      if (params.put(name, value.toString().strip()) != null) {
        throw malformed("Duplicate signature parameter " + name);
      }
      while (i < n && field.charAt(i) == ' ') {
        i++;
      }
      if (i < n && field.charAt(i) != ',') {
        throw malformed("Expected a comma between signature parameters");
      }
    }
    return params;
  }

  private static SignatureVerificationException malformed(String message) {
    return new SignatureVerificationException(Reason.MALFORMED_SIGNATURE, message);
  }
}
