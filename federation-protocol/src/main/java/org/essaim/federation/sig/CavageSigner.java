// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.sig;

import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Signs requests the draft-cavage-http-signatures-12 way Mastodon does: a {@code Signature} field
 * with {@code keyId}, {@code algorithm}, {@code headers} and {@code signature}, covering {@code
 * (request-target) host date} plus {@code digest} (a SHA-256 {@code Digest} field) when there is a
 * body. Host, Date and Digest fields are added when missing. Instances are immutable.
 */
public final class CavageSigner implements RequestSigner {
  private final String keyId;
  private final PrivateKey key;
  private final SignatureAlgorithm algorithm;
  private final String algorithmName;
  private final List<String> headers;
  private final Clock clock;
  private final boolean created;
  private final Duration expiresAfter;

  private CavageSigner(Builder b) {
    this.keyId = b.keyId;
    this.key = b.key;
    this.algorithm = SignatureAlgorithm.forKey(key);
    if (algorithm != SignatureAlgorithm.RSA_V1_5_SHA256
        && algorithm != SignatureAlgorithm.ED25519) {
      throw new IllegalArgumentException("draft-cavage signing needs an RSA or Ed25519 key");
    }
    // Mastodon only accepts rsa-sha256 and hs2019; hs2019 is the only honest name for Ed25519.
    this.algorithmName =
        b.algorithmName != null
            ? b.algorithmName
            : algorithm == SignatureAlgorithm.ED25519
                    || b.created
                    || (b.headers != null && b.headers.contains("(created)"))
                ? "hs2019"
                : "rsa-sha256";
    if (algorithm == SignatureAlgorithm.ED25519 && algorithmName.equals("rsa-sha256")) {
      throw new IllegalArgumentException("rsa-sha256 cannot name an Ed25519 signature");
    }
    this.headers = b.headers == null ? null : List.copyOf(b.headers);
    this.clock = b.clock;
    this.created = b.created;
    this.expiresAfter = b.expiresAfter;
  }

  /** A signer for an RSA or Ed25519 private key named {@code keyId}. */
  public static Builder builder(String keyId, PrivateKey key) {
    return new Builder(keyId, key);
  }

  @Override
  public SignatureScheme scheme() {
    return SignatureScheme.CAVAGE;
  }

  @Override
  public SignableRequest sign(SignableRequest request) {
    Instant now = clock.instant();
    HttpFields fields = request.headers();
    if (!fields.contains("host")) {
      fields = fields.with("host", request.authority());
    }
    if (!fields.contains("date")) {
      fields = fields.with("date", HttpDates.format(now));
    }
    boolean hasBody = request.body().isPresent();
    if (hasBody && !fields.contains("digest")) {
      fields = fields.with("digest", ContentDigest.createLegacy(request.body().get()));
    }
    List<String> covered = new ArrayList<>();
    if (headers != null) {
      covered.addAll(headers);
    } else {
      covered.add("(request-target)");
      covered.add("host");
      covered.add(created ? "(created)" : "date");
      if (hasBody) {
        covered.add("digest");
      }
    }
    Long createdSeconds = covered.contains("(created)") ? now.getEpochSecond() : null;
    Long expiresSeconds = expiresAfter == null ? null : now.plus(expiresAfter).getEpochSecond();
    SignableRequest prepared = request.withHeaders(fields);
    String signingString =
        CavageSigningString.build(prepared, covered, createdSeconds, expiresSeconds, false);
    byte[] signature = algorithm.sign(key, ContentDigest.utf8(signingString));

    StringBuilder value = new StringBuilder();
    value.append("keyId=\"").append(keyId).append('"');
    value.append(",algorithm=\"").append(algorithmName).append('"');
    if (createdSeconds != null) {
      value.append(",created=").append(createdSeconds);
    }
    if (expiresSeconds != null) {
      value.append(",expires=").append(expiresSeconds);
    }
    value.append(",headers=\"").append(String.join(" ", covered)).append('"');
    value.append(",signature=\"").append(Base64.getEncoder().encodeToString(signature)).append('"');
    return prepared.withHeaders(fields.replace("signature", value.toString()));
  }

  /** Configures a {@link CavageSigner}. */
  public static final class Builder {
    private final String keyId;
    private final PrivateKey key;
    private String algorithmName;
    private List<String> headers;
    private Clock clock = Clock.systemUTC();
    private boolean created;
    private Duration expiresAfter;

    private Builder(String keyId, PrivateKey key) {
      this.keyId = Objects.requireNonNull(keyId, "keyId");
      if (keyId.indexOf('"') >= 0) {
        throw new IllegalArgumentException("keyId cannot contain a double quote");
      }
      this.key = Objects.requireNonNull(key, "key");
    }

    /** The {@code algorithm} parameter: {@code rsa-sha256} (default for RSA) or {@code hs2019}. */
    public Builder algorithmName(String value) {
      String v = value.toLowerCase(Locale.ROOT);
      if (!v.equals("rsa-sha256") && !v.equals("hs2019")) {
        throw new IllegalArgumentException("Unsupported algorithm name " + value);
      }
      this.algorithmName = v;
      return this;
    }

    /** Explicit covered headers (lower-case, pseudo-headers in parentheses), in order. */
    public Builder headers(String... values) {
      this.headers = List.of(values);
      return this;
    }

    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /** Sign {@code (created)} instead of {@code date} (implies hs2019). */
    public Builder createdPseudoHeader(boolean value) {
      this.created = value;
      return this;
    }

    /** Adds an {@code expires} parameter (sign it by listing {@code (expires)} in headers). */
    public Builder expiresAfter(Duration value) {
      this.expiresAfter = value;
      return this;
    }

    public CavageSigner build() {
      return new CavageSigner(this);
    }
  }
}
