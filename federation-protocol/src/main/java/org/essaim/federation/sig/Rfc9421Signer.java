// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.sig;

import java.security.Key;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.essaim.federation.sig.StructuredFields.ByteSequence;
import org.essaim.federation.sig.StructuredFields.InnerList;
import org.essaim.federation.sig.StructuredFields.Item;
import org.essaim.federation.sig.StructuredFields.Member;

/**
 * Signs messages with RFC 9421 HTTP Message Signatures. By default it covers {@code @method},
 * {@code @target-uri}, {@code @authority} and {@code date}, plus {@code content-digest} when there
 * is a body (adding Date and Content-Digest fields when missing), and sets {@code created}, {@code
 * keyid} and {@code alg}. Instances are immutable and thread-safe.
 */
public final class Rfc9421Signer implements RequestSigner {
  private final String keyId;
  private final Key key;
  private final SignatureAlgorithm algorithm;
  private final String label;
  private final List<Item> components;
  private final boolean addBodyDigest;
  private final Clock clock;
  private final Instant created;
  private final boolean includeCreated;
  private final Duration expiresAfter;
  private final boolean includeAlg;
  private final String nonce;
  private final String tag;

  private Rfc9421Signer(Builder b) {
    this.keyId = b.keyId;
    this.key = b.key;
    this.algorithm = b.algorithm != null ? b.algorithm : SignatureAlgorithm.forKey(b.key);
    if (!algorithm.fits(key)) {
      throw new IllegalArgumentException(algorithm.identifier() + " does not fit the key");
    }
    this.label = b.label;
    this.components = List.copyOf(b.components);
    this.addBodyDigest = b.addBodyDigest;
    this.clock = b.clock;
    this.created = b.created;
    this.includeCreated = b.includeCreated;
    this.expiresAfter = b.expiresAfter;
    this.includeAlg = b.includeAlg;
    this.nonce = b.nonce;
    this.tag = b.tag;
  }

  /** A signer for {@code key} (private key, or secret key for hmac-sha256) named {@code keyId}. */
  public static Builder builder(String keyId, Key key) {
    return new Builder(keyId, key);
  }

  @Override
  public SignatureScheme scheme() {
    return SignatureScheme.RFC9421;
  }

  @Override
  public SignableRequest sign(SignableRequest request) {
    HttpFields headers = request.headers();
    boolean hasBody = request.body().isPresent();
    List<Item> covered = new ArrayList<>(components);
    if (hasBody && addBodyDigest) {
      if (!headers.contains("content-digest")) {
        headers =
            headers.with(
                "content-digest",
                ContentDigest.create(request.body().get(), ContentDigest.Algorithm.SHA_256));
      }
      Item digest = new Item("content-digest");
      if (!covered.contains(digest)) {
        covered.add(digest);
      }
    }
    Instant now = created != null ? created : clock.instant();
    if (covered.contains(new Item("date")) && !headers.contains("date")) {
      headers = headers.with("date", HttpDates.format(now));
    }
    SignableRequest prepared = request.withHeaders(headers);
    return (SignableRequest) addSignature(prepared, covered, now);
  }

  /** Signs any message (for instance a response) with exactly the configured components. */
  public SignableMessage signMessage(SignableMessage message) {
    Instant now = created != null ? created : clock.instant();
    return addSignature(message, components, now);
  }

  private SignableMessage addSignature(SignableMessage message, List<Item> covered, Instant now) {
    Map<String, Object> params = new LinkedHashMap<>();
    if (includeCreated) {
      params.put("created", now.getEpochSecond());
    }
    // The order of RFC 9421's own examples: created, keyid, alg, expires, nonce, tag.
    params.put("keyid", keyId);
    if (includeAlg) {
      params.put("alg", algorithm.identifier());
    }
    if (expiresAfter != null) {
      params.put("expires", now.plus(expiresAfter).getEpochSecond());
    }
    if (nonce != null) {
      params.put("nonce", nonce);
    }
    if (tag != null) {
      params.put("tag", tag);
    }
    InnerList signatureParams = new InnerList(covered, params);
    String base = Rfc9421SignatureBase.build(message, signatureParams);
    byte[] signature = algorithm.sign(key, ContentDigest.utf8(base));

    Map<String, Member> input = new LinkedHashMap<>();
    input.put(label, signatureParams);
    Map<String, Member> sig = new LinkedHashMap<>();
    sig.put(label, new Item(new ByteSequence(signature)));
    HttpFields headers =
        message
            .headers()
            .with("signature-input", StructuredFields.serializeDictionary(input))
            .with("signature", StructuredFields.serializeDictionary(sig));
    if (message instanceof SignableRequest r) {
      return r.withHeaders(headers);
    }
    return ((SignableResponse) message).withHeaders(headers);
  }

  /** Configures an {@link Rfc9421Signer}. */
  public static final class Builder {
    private final String keyId;
    private final Key key;
    private SignatureAlgorithm algorithm;
    private String label = "sig1";
    private List<Item> components =
        List.of(
            new Item("@method"), new Item("@target-uri"), new Item("@authority"), new Item("date"));
    private boolean addBodyDigest = true;
    private Clock clock = Clock.systemUTC();
    private Instant created;
    private boolean includeCreated = true;
    private Duration expiresAfter;
    private boolean includeAlg = true;
    private String nonce;
    private String tag;

    private Builder(String keyId, Key key) {
      this.keyId = Objects.requireNonNull(keyId, "keyId");
      this.key = Objects.requireNonNull(key, "key");
    }

    /** The algorithm; by default inferred from the key. */
    public Builder algorithm(SignatureAlgorithm value) {
      this.algorithm = value;
      return this;
    }

    public Builder label(String value) {
      this.label = Objects.requireNonNull(value, "label");
      return this;
    }

    /**
     * The covered components, in order. Each entry is a component name, optionally followed by
     * parameters in structured-field syntax, e.g. {@code @query-param;name="Pet"} or {@code
     * example-dict;key="a"}.
     */
    public Builder components(String... values) {
      List<Item> items = new ArrayList<>();
      for (String v : values) {
        items.add(parseComponent(v));
      }
      this.components = items;
      return this;
    }

    /** Whether to add and cover Content-Digest when there is a body (default true). */
    public Builder coverBodyDigest(boolean value) {
      this.addBodyDigest = value;
      return this;
    }

    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /** A fixed creation time instead of the clock's (for reproducible signatures). */
    public Builder created(Instant value) {
      this.created = value;
      return this;
    }

    /** Leaves out the {@code created} parameter (discouraged; verifiers usually demand it). */
    public Builder withoutCreated() {
      this.includeCreated = false;
      return this;
    }

    public Builder expiresAfter(Duration value) {
      this.expiresAfter = value;
      return this;
    }

    /** Whether to send the {@code alg} parameter (default true). */
    public Builder includeAlg(boolean value) {
      this.includeAlg = value;
      return this;
    }

    public Builder nonce(String value) {
      this.nonce = value;
      return this;
    }

    public Builder tag(String value) {
      this.tag = value;
      return this;
    }

    public Rfc9421Signer build() {
      return new Rfc9421Signer(this);
    }

    private static Item parseComponent(String spec) {
      int semicolon = spec.indexOf(';');
      String name = semicolon < 0 ? spec : spec.substring(0, semicolon);
      String params = semicolon < 0 ? "" : spec.substring(semicolon);
      return StructuredFields.parseItem(StructuredFields.serializeBareItem(name) + params);
    }
  }
}
