// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.sig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.UnaryOperator;
import org.essaim.federation.FederationException;
import org.essaim.federation.keys.KeyPairs;
import org.essaim.federation.sig.SignatureVerificationException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every way a request can be altered or be out of policy, in both schemes. */
class TamperingTest {
  private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final KeyPair RSA = TestMessages.rsaTestKey();
  private static final KeyPair ED = KeyPairs.generateEd25519();
  private static final String KEY_ID = "https://essaim.example/users/alice#main-key";
  private static final byte[] BODY = "{\"type\":\"Like\"}".getBytes(StandardCharsets.UTF_8);
  private static final SignableRequest POST =
      SignableRequest.post(
          URI.create("https://remote.example/users/bob/inbox"),
          HttpFields.of("content-type", "application/activity+json"),
          BODY);

  private static RequestSigner signer(SignatureScheme scheme, Clock clock) {
    return scheme == SignatureScheme.RFC9421
        ? Rfc9421Signer.builder(KEY_ID, ED.getPrivate()).clock(clock).build()
        : CavageSigner.builder(KEY_ID, RSA.getPrivate()).clock(clock).build();
  }

  private static KeyResolver keys(SignatureScheme scheme) {
    return id -> {
      if (!id.equals(KEY_ID)) {
        throw new FederationException("actor document not found");
      }
      return scheme == SignatureScheme.RFC9421 ? ED.getPublic() : RSA.getPublic();
    };
  }

  private static Reason reasonFor(
      SignatureScheme scheme, SignableRequest signed, VerificationPolicy policy) {
    try {
      new SignatureVerifier(policy).verify(signed, keys(scheme));
    } catch (SignatureVerificationException e) {
      return e.reason();
    }
    throw new AssertionError("accepted");
  }

  private static Reason tamper(SignatureScheme scheme, UnaryOperator<SignableRequest> change) {
    SignableRequest signed = signer(scheme, CLOCK).sign(POST);
    return reasonFor(scheme, change.apply(signed), VerificationPolicy.defaults(CLOCK));
  }

  @ParameterizedTest
  @EnumSource(SignatureScheme.class)
  void untouchedRequestVerifies(SignatureScheme scheme) {
    SignableRequest signed = signer(scheme, CLOCK).sign(POST);
    assertThat(
            new SignatureVerifier(VerificationPolicy.defaults(CLOCK))
                .verify(signed, keys(scheme))
                .scheme())
        .isEqualTo(scheme);
  }

  @ParameterizedTest
  @EnumSource(SignatureScheme.class)
  void changedBody(SignatureScheme scheme) {
    assertThat(
            tamper(
                scheme, r -> r.withBody("{\"type\":\"Block\"}".getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(Reason.DIGEST_MISMATCH);
  }

  @ParameterizedTest
  @EnumSource(SignatureScheme.class)
  void changedCoveredHeader(SignatureScheme scheme) {
    // Date is covered by both default signers; a different value within the skew window.
    assertThat(
            tamper(
                scheme,
                r -> r.withHeaders(r.headers().replace("date", "Fri, 20 Nov 2026 12:01:00 GMT"))))
        .isEqualTo(Reason.INVALID_SIGNATURE);
  }

  @ParameterizedTest
  @EnumSource(SignatureScheme.class)
  void changedTarget(SignatureScheme scheme) {
    assertThat(
            tamper(
                scheme,
                r ->
                    SignableRequest.of(
                        "POST",
                        URI.create("https://remote.example/users/carol/inbox"),
                        r.headers(),
                        BODY)))
        .isEqualTo(Reason.INVALID_SIGNATURE);
  }

  @ParameterizedTest
  @EnumSource(SignatureScheme.class)
  void signedTooLongAgo(SignatureScheme scheme) {
    SignableRequest old = signer(scheme, Clock.offset(CLOCK, Duration.ofMinutes(-6))).sign(POST);
    assertThat(reasonFor(scheme, old, VerificationPolicy.defaults(CLOCK)))
        .isEqualTo(Reason.CLOCK_SKEW);
    // A wider window accepts it.
    assertThat(
            new SignatureVerifier(
                    VerificationPolicy.defaults(CLOCK).withMaxClockSkew(Duration.ofMinutes(10)))
                .verify(old, keys(scheme))
                .keyId())
        .isEqualTo(KEY_ID);
  }

  @ParameterizedTest
  @EnumSource(SignatureScheme.class)
  void signedInTheFuture(SignatureScheme scheme) {
    SignableRequest future = signer(scheme, Clock.offset(CLOCK, Duration.ofMinutes(6))).sign(POST);
    assertThat(reasonFor(scheme, future, VerificationPolicy.defaults(CLOCK)))
        .isEqualTo(Reason.CLOCK_SKEW);
  }

  @Test
  void expiredRfc9421Signature() {
    SignableRequest signed =
        Rfc9421Signer.builder(KEY_ID, ED.getPrivate())
            .clock(CLOCK)
            .expiresAfter(Duration.ofSeconds(30))
            .build()
            .sign(POST);
    Clock later = Clock.offset(CLOCK, Duration.ofSeconds(31));
    assertThat(reasonFor(SignatureScheme.RFC9421, signed, VerificationPolicy.defaults(later)))
        .isEqualTo(Reason.EXPIRED);
  }

  @Test
  void expiredCavageSignature() {
    SignableRequest signed =
        CavageSigner.builder(KEY_ID, ED.getPrivate())
            .clock(CLOCK)
            .headers("(request-target)", "host", "date", "digest", "(expires)")
            .expiresAfter(Duration.ofSeconds(30))
            .build()
            .sign(POST);
    Clock later = Clock.offset(CLOCK, Duration.ofSeconds(31));
    KeyResolver ed = id -> ED.getPublic();
    try {
      new SignatureVerifier(VerificationPolicy.defaults(later)).verify(signed, ed);
      throw new AssertionError("accepted");
    } catch (SignatureVerificationException e) {
      assertThat(e.reason()).isEqualTo(Reason.EXPIRED);
    }
  }

  @ParameterizedTest
  @EnumSource(SignatureScheme.class)
  void unknownKey(SignatureScheme scheme) {
    SignableRequest signed =
        (scheme == SignatureScheme.RFC9421
                ? Rfc9421Signer.builder("https://evil.example/k", ED.getPrivate())
                    .clock(CLOCK)
                    .build()
                : CavageSigner.builder("https://evil.example/k", RSA.getPrivate())
                    .clock(CLOCK)
                    .build())
            .sign(POST);
    assertThat(reasonFor(scheme, signed, VerificationPolicy.defaults(CLOCK)))
        .isEqualTo(Reason.UNKNOWN_KEY);
    // A lookup that simply finds nothing is the same.
    assertThatThrownBy(
            () ->
                new SignatureVerifier(VerificationPolicy.defaults(CLOCK))
                    .verify(signed, id -> null))
        .isInstanceOfSatisfying(
            SignatureVerificationException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_KEY));
  }

  @ParameterizedTest
  @EnumSource(SignatureScheme.class)
  void wrongKey(SignatureScheme scheme) {
    KeyPair other =
        scheme == SignatureScheme.RFC9421
            ? KeyPairs.generateEd25519()
            : TestMessages.otherRsaTestKey();
    SignableRequest signed = signer(scheme, CLOCK).sign(POST);
    assertThatThrownBy(
            () ->
                new SignatureVerifier(VerificationPolicy.defaults(CLOCK))
                    .verify(signed, id -> other.getPublic()))
        .isInstanceOfSatisfying(
            SignatureVerificationException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_SIGNATURE));
  }

  @Test
  void rfc9421MissingRequiredComponent() {
    SignableRequest signed =
        Rfc9421Signer.builder(KEY_ID, ED.getPrivate())
            .clock(CLOCK)
            .components("@method", "@authority", "@path")
            .build()
            .sign(POST);
    assertThat(reasonFor(SignatureScheme.RFC9421, signed, VerificationPolicy.defaults(CLOCK)))
        .isEqualTo(Reason.MISSING_COMPONENT);
  }

  @Test
  void rfc9421BodyWithoutCoveredDigest() {
    SignableRequest signed =
        Rfc9421Signer.builder(KEY_ID, ED.getPrivate())
            .clock(CLOCK)
            .coverBodyDigest(false)
            .build()
            .sign(POST);
    assertThat(reasonFor(SignatureScheme.RFC9421, signed, VerificationPolicy.defaults(CLOCK)))
        .isEqualTo(Reason.MISSING_COMPONENT);
  }

  @Test
  void cavageBodyWithoutCoveredDigest() {
    SignableRequest signed =
        CavageSigner.builder(KEY_ID, RSA.getPrivate())
            .clock(CLOCK)
            .headers("(request-target)", "host", "date")
            .build()
            .sign(POST);
    assertThat(reasonFor(SignatureScheme.CAVAGE, signed, VerificationPolicy.defaults(CLOCK)))
        .isEqualTo(Reason.MISSING_COMPONENT);
  }

  @Test
  void rfc9421UnsupportedAlgorithm() {
    SignableRequest signed = signer(SignatureScheme.RFC9421, CLOCK).sign(POST);
    String input =
        signed
            .headers()
            .combined("signature-input")
            .get()
            .replace("alg=\"ed25519\"", "alg=\"rsa-sha1\"");
    assertThat(
            reasonFor(
                SignatureScheme.RFC9421,
                signed.withHeaders(signed.headers().replace("signature-input", input)),
                VerificationPolicy.defaults(CLOCK)))
        .isEqualTo(Reason.UNSUPPORTED_ALGORITHM);
  }

  @Test
  void rfc9421AlgorithmThatDoesNotFitTheKey() {
    SignableRequest signed = signer(SignatureScheme.RFC9421, CLOCK).sign(POST);
    String input =
        signed
            .headers()
            .combined("signature-input")
            .get()
            .replace("alg=\"ed25519\"", "alg=\"rsa-pss-sha512\"");
    assertThat(
            reasonFor(
                SignatureScheme.RFC9421,
                signed.withHeaders(signed.headers().replace("signature-input", input)),
                VerificationPolicy.defaults(CLOCK)))
        .isEqualTo(Reason.UNSUPPORTED_ALGORITHM);
  }

  @Test
  void cavageUnsupportedAlgorithm() {
    SignableRequest signed = signer(SignatureScheme.CAVAGE, CLOCK).sign(POST);
    String sig = signed.headers().combined("signature").get().replace("rsa-sha256", "dsa-sha1");
    assertThat(
            reasonFor(
                SignatureScheme.CAVAGE,
                signed.withHeaders(signed.headers().replace("signature", sig)),
                VerificationPolicy.defaults(CLOCK)))
        .isEqualTo(Reason.UNSUPPORTED_ALGORITHM);
  }

  @Test
  void garbledStructuredField() {
    SignableRequest signed = signer(SignatureScheme.RFC9421, CLOCK).sign(POST);
    SignableRequest garbled =
        signed.withHeaders(
            signed
                .headers()
                .replace("signature-input", "sig1=(\"@method\" \"@target-uri\";created=abc"));
    assertThat(reasonFor(SignatureScheme.RFC9421, garbled, VerificationPolicy.defaults(CLOCK)))
        .isEqualTo(Reason.MALFORMED_SIGNATURE);
    SignableRequest badSignature =
        signed.withHeaders(signed.headers().replace("signature", "sig1=:not base64!:"));
    assertThat(reasonFor(SignatureScheme.RFC9421, badSignature, VerificationPolicy.defaults(CLOCK)))
        .isEqualTo(Reason.MALFORMED_SIGNATURE);
  }

  @Test
  void garbledCavageField() {
    SignableRequest signed = signer(SignatureScheme.CAVAGE, CLOCK).sign(POST);
    SignableRequest garbled =
        signed.withHeaders(signed.headers().replace("signature", "keyId=\"x,algorithm=rsa-sha256"));
    assertThat(reasonFor(SignatureScheme.CAVAGE, garbled, VerificationPolicy.defaults(CLOCK)))
        .isEqualTo(Reason.MALFORMED_SIGNATURE);
  }

  @Test
  void unsignedRequest() {
    assertThat(reasonFor(SignatureScheme.CAVAGE, POST, VerificationPolicy.defaults(CLOCK)))
        .isEqualTo(Reason.MISSING_SIGNATURE);
  }

  @Test
  void coveredHeaderRemoved() {
    SignableRequest signed = signer(SignatureScheme.RFC9421, CLOCK).sign(POST);
    assertThat(
            reasonFor(
                SignatureScheme.RFC9421,
                signed.withHeaders(signed.headers().without("date")),
                VerificationPolicy.defaults(CLOCK)))
        .isEqualTo(Reason.MISSING_COMPONENT);
  }

  @Test
  void messagesNameTheReasonWithoutInternals() {
    SignableRequest signed = signer(SignatureScheme.RFC9421, CLOCK).sign(POST);
    SignableRequest garbled =
        signed.withHeaders(signed.headers().replace("signature-input", "sig1=(\"@method\""));
    assertThatThrownBy(
            () ->
                new SignatureVerifier(VerificationPolicy.defaults(CLOCK))
                    .verify(garbled, keys(SignatureScheme.RFC9421)))
        .isInstanceOf(FederationException.class)
        .hasMessage("MALFORMED_SIGNATURE: Signature-Input is not a valid structured dictionary");
  }

  @Test
  void edgeCaseFieldValuesAreMalformedNotCrashes() {
    SignableRequest cavage = signer(SignatureScheme.CAVAGE, CLOCK).sign(POST);
    for (String field :
        List.of(
            "keyId=\"k\",headers=\"\",signature=\"AAAA\"",
            "keyId=\"k\",algorithm=\"hs2019\",created=9223372036854775807,signature=\"AAAA\"",
            "keyId=\"k\",signature=\"AAAA\",signature=\"AAAA\"")) {
      assertThat(
              reasonFor(
                  SignatureScheme.CAVAGE,
                  cavage.withHeaders(cavage.headers().replace("signature", field)),
                  VerificationPolicy.defaults(CLOCK)))
          .isEqualTo(Reason.MALFORMED_SIGNATURE);
    }
    SignableRequest rfc = signer(SignatureScheme.RFC9421, CLOCK).sign(POST);
    String emptyName =
        rfc.headers()
            .combined("signature-input")
            .get()
            .replace("(\"@method\"", "(\"\" \"@method\"");
    assertThat(
            reasonFor(
                SignatureScheme.RFC9421,
                rfc.withHeaders(rfc.headers().replace("signature-input", emptyName)),
                VerificationPolicy.defaults(CLOCK).withRfc9421Required(List.of(), List.of())))
        .isEqualTo(Reason.MALFORMED_SIGNATURE);
  }
}
