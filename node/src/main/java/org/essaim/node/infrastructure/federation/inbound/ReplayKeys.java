// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.inbound;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.essaim.federation.sig.HttpFields;
import org.essaim.federation.sig.VerificationPolicy;

/**
 * The replay cache's keys: a SHA-256 of the request's signature fields, remembered as long as the
 * signature could still pass the clock window. The same signed request presented twice inside the
 * window has the same key; any new signature (a new {@code created} or Date) has another.
 */
public final class ReplayKeys {

  /** How long a key is remembered: a signature is accepted up to the skew either side of now. */
  public static final Duration REMEMBERED = VerificationPolicy.DEFAULT_CLOCK_SKEW.multipliedBy(2);

  private ReplayKeys() {}

  /**
   * The key of a signed request: the hash of its {@code Signature} field (and {@code
   * Signature-Input}, RFC 9421) or of its {@code Authorization} field (draft-cavage); empty when
   * the request carries none.
   */
  public static Optional<String> fingerprint(HttpFields headers) {
    StringBuilder material = new StringBuilder();
    headers
        .combined("signature-input")
        .ifPresent(v -> material.append("si:").append(v).append('\n'));
    headers.combined("signature").ifPresent(v -> material.append("s:").append(v).append('\n'));
    headers
        .combined("authorization")
        .filter(v -> v.regionMatches(true, 0, "Signature ", 0, 10))
        .ifPresent(v -> material.append("a:").append(v).append('\n'));
    if (material.length() == 0) {
      return Optional.empty();
    }
    return Optional.of(sha256(material.toString()));
  }

  /** Until when a key received at {@code now} is remembered. */
  public static Instant expiry(Instant now) {
    return now.plus(REMEMBERED);
  }

  private static String sha256(String value) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }
}
