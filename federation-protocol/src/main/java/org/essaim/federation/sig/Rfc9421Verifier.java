// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.sig;

import java.security.Key;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.essaim.federation.sig.SignatureVerificationException.Reason;
import org.essaim.federation.sig.StructuredFields.ByteSequence;
import org.essaim.federation.sig.StructuredFields.InnerList;
import org.essaim.federation.sig.StructuredFields.Item;
import org.essaim.federation.sig.StructuredFields.Member;

/**
 * Verifies RFC 9421 signatures. Checks run cheapest first: syntax, time window, required coverage,
 * body digest, then key lookup and the cryptographic check. When a message carries several
 * signatures, the first one that verifies wins; if none does, the first failure is reported.
 * Instances are immutable and thread-safe.
 */
public final class Rfc9421Verifier {
  private final VerificationPolicy policy;

  public Rfc9421Verifier(VerificationPolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /** Verifies every label in turn and returns the first valid signature. */
  public VerifiedSignature verify(SignableMessage message, KeyResolver keys) {
    return verify(message, keys, null);
  }

  /** Verifies the signature with the given label only (any label when {@code label} is null). */
  public VerifiedSignature verify(SignableMessage message, KeyResolver keys, String label) {
    HttpFields headers = message.headers();
    Optional<String> inputField = headers.combined("signature-input");
    if (inputField.isEmpty()) {
      throw new SignatureVerificationException(Reason.MISSING_SIGNATURE, "No Signature-Input");
    }
    Optional<String> signatureField = headers.combined("signature");
    if (signatureField.isEmpty()) {
      throw new SignatureVerificationException(
          Reason.MALFORMED_SIGNATURE, "Signature-Input without Signature");
    }
    Map<String, Member> inputs = dictionary("Signature-Input", inputField.get());
    Map<String, Member> signatures = dictionary("Signature", signatureField.get());
    List<String> labels = new ArrayList<>();
    if (label != null) {
      if (!inputs.containsKey(label)) {
        throw new SignatureVerificationException(
            Reason.MISSING_SIGNATURE, "No signature labelled " + label);
      }
      labels.add(label);
    } else {
      labels.addAll(inputs.keySet());
    }
    if (labels.isEmpty()) {
      throw new SignatureVerificationException(Reason.MALFORMED_SIGNATURE, "Empty Signature-Input");
    }
    SignatureVerificationException first = null;
    for (String l : labels) {
      try {
        return verifyOne(message, keys, l, inputs.get(l), signatures.get(l));
      } catch (SignatureVerificationException e) {
        if (first == null) {
          first = e;
        }
      }
    }
    throw first;
  }

  private VerifiedSignature verifyOne(
      SignableMessage message, KeyResolver keys, String label, Member input, Member signature) {
    if (!(input instanceof InnerList params)) {
      throw malformed("Signature-Input " + label + " is not an inner list");
    }
    if (!(signature instanceof Item sigItem && sigItem.value() instanceof ByteSequence sigBytes)) {
      throw malformed("Signature " + label + " is missing or not a byte sequence");
    }
    List<String> covered = new ArrayList<>();
    List<String> coveredNames = new ArrayList<>();
    for (Item component : params.items()) {
      if (!(component.value() instanceof String name)) {
        throw malformed("Component identifiers must be strings");
      }
      covered.add(StructuredFields.serialize(component));
      coveredNames.add(name);
    }
    Map<String, Object> p = params.parameters();
    Instant created = timestamp(p, "created");
    Instant expires = timestamp(p, "expires");
    String keyId = optionalString(p, "keyid");
    String alg = optionalString(p, "alg");
    if (keyId == null) {
      throw malformed("Signature " + label + " has no keyid");
    }

    Instant now = policy.clock().instant();
    if (created == null) {
      if (policy.requireCreated()) {
        throw new SignatureVerificationException(
            Reason.MISSING_COMPONENT, "Signature " + label + " has no created parameter");
      }
    } else {
      checkSkew(created, now);
    }
    if (expires != null && now.isAfter(expires)) {
      throw new SignatureVerificationException(
          Reason.EXPIRED, "Signature " + label + " expired at " + expires);
    }

    Optional<byte[]> body = message.body();
    boolean hasBody = body.isPresent() && body.get().length > 0;
    requireCovered(coveredNames, policy.rfc9421Required());
    if (hasBody) {
      requireCovered(coveredNames, policy.rfc9421RequiredWithBody());
    }
    if (body.isPresent() && message.headers().contains("content-digest")) {
      ContentDigest.verify(message.headers().combined("content-digest").get(), body.get());
    } else if (coveredNames.contains("content-digest") && hasBody) {
      throw new SignatureVerificationException(Reason.MISSING_COMPONENT, "No Content-Digest");
    }

    SignatureAlgorithm algorithm = null;
    if (alg != null) {
      algorithm =
          SignatureAlgorithm.fromIdentifier(alg)
              .orElseThrow(
                  () ->
                      new SignatureVerificationException(
                          Reason.UNSUPPORTED_ALGORITHM, "Unsupported algorithm " + alg));
    }
    String base = Rfc9421SignatureBase.build(message, params);
    Key key = Keys.resolve(keys, keyId);
    if (algorithm == null) {
      algorithm = SignatureAlgorithm.forKey(key);
    }
    if (!algorithm.verify(key, ContentDigest.utf8(base), sigBytes.bytes())) {
      throw new SignatureVerificationException(
          Reason.INVALID_SIGNATURE, "Signature " + label + " does not verify with key " + keyId);
    }
    return new VerifiedSignature(
        SignatureScheme.RFC9421, label, keyId, algorithm, created, expires, covered);
  }

  private void checkSkew(Instant created, Instant now) {
    if (created.isAfter(now.plus(policy.maxClockSkew()))
        || created.isBefore(now.minus(policy.maxClockSkew()))) {
      throw new SignatureVerificationException(
          Reason.CLOCK_SKEW, "Signature created at " + created + ", too far from " + now);
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

  private static Map<String, Member> dictionary(String field, String value) {
    try {
      return StructuredFields.parseDictionary(value);
    } catch (StructuredFieldException e) {
      throw new SignatureVerificationException(
          Reason.MALFORMED_SIGNATURE, field + " is not a valid structured dictionary", e);
    }
  }

  private static Instant timestamp(Map<String, Object> params, String name) {
    Object v = params.get(name);
    if (v == null) {
      return null;
    }
    if (!(v instanceof Long seconds)) {
      throw malformed("Parameter " + name + " must be an integer");
    }
    return Instant.ofEpochSecond(seconds);
  }

  private static String optionalString(Map<String, Object> params, String name) {
    Object v = params.get(name);
    if (v == null) {
      return null;
    }
    if (!(v instanceof String s)) {
      throw malformed("Parameter " + name + " must be a string");
    }
    return s;
  }

  private static SignatureVerificationException malformed(String message) {
    return new SignatureVerificationException(Reason.MALFORMED_SIGNATURE, message);
  }
}
