// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.sig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.essaim.federation.sig.TestMessages.resource;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.essaim.federation.keys.KeyPairs;
import org.essaim.federation.keys.PemKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CavageTest {
  private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final KeyPair RSA = TestMessages.rsaTestKey();
  private static final String KEY_ID = "https://essaim.example/users/alice#main-key";
  private static final byte[] BODY = "{\"type\":\"Create\"}".getBytes(StandardCharsets.UTF_8);

  private final SignatureVerifier verifier =
      new SignatureVerifier(VerificationPolicy.defaults(CLOCK));

  private static KeyResolver only(String keyId, PublicKey key) {
    return id -> id.equals(keyId) ? key : null;
  }

  @Test
  void signedPostRoundTrips() {
    CavageSigner signer = CavageSigner.builder(KEY_ID, RSA.getPrivate()).clock(CLOCK).build();
    SignableRequest signed =
        signer.sign(
            SignableRequest.post(
                URI.create("https://remote.example/inbox"),
                HttpFields.of("Content-Type", "application/activity+json"),
                BODY));

    assertThat(signed.headers().combined("digest")).hasValue(ContentDigest.createLegacy(BODY));
    assertThat(signed.headers().combined("date")).hasValue("Fri, 20 Nov 2026 12:00:00 GMT");
    assertThat(signed.headers().combined("host")).hasValue("remote.example");
    assertThat(signed.headers().combined("signature").get())
        .startsWith(
            "keyId=\""
                + KEY_ID
                + "\",algorithm=\"rsa-sha256\",headers=\"(request-target) host date digest\"");
    assertThat(SignatureVerifier.detect(signed)).isEqualTo(SignatureScheme.CAVAGE);

    VerifiedSignature verified = verifier.verify(signed, only(KEY_ID, RSA.getPublic()));
    assertThat(verified.scheme()).isEqualTo(SignatureScheme.CAVAGE);
    assertThat(verified.keyId()).isEqualTo(KEY_ID);
    assertThat(verified.algorithm()).isEqualTo(SignatureAlgorithm.RSA_V1_5_SHA256);
    assertThat(verified.created()).isEqualTo(NOW);
    assertThat(verified.components()).containsExactly("(request-target)", "host", "date", "digest");
  }

  @Test
  void signedGetRoundTripsWithoutDigest() {
    CavageSigner signer = CavageSigner.builder(KEY_ID, RSA.getPrivate()).clock(CLOCK).build();
    SignableRequest signed =
        signer.sign(
            SignableRequest.get(
                URI.create("https://remote.example:8443/users/bob?page=2"), HttpFields.empty()));
    assertThat(signed.headers().contains("digest")).isFalse();
    assertThat(signed.headers().combined("host")).hasValue("remote.example:8443");
    assertThat(verifier.verify(signed, only(KEY_ID, RSA.getPublic())).components())
        .containsExactly("(request-target)", "host", "date");
  }

  @Test
  void ed25519WithCreatedAndExpiresPseudoHeadersRoundTrips() {
    KeyPair ed = KeyPairs.generateEd25519();
    CavageSigner signer =
        CavageSigner.builder(KEY_ID, ed.getPrivate())
            .clock(CLOCK)
            .headers("(request-target)", "(created)", "(expires)", "host", "date", "digest")
            .expiresAfter(java.time.Duration.ofMinutes(1))
            .build();
    SignableRequest signed =
        signer.sign(
            SignableRequest.post(
                URI.create("https://remote.example/inbox"), HttpFields.empty(), BODY));
    assertThat(signed.headers().combined("signature").get()).contains("algorithm=\"hs2019\"");
    VerifiedSignature verified = verifier.verify(signed, only(KEY_ID, ed.getPublic()));
    assertThat(verified.algorithm()).isEqualTo(SignatureAlgorithm.ED25519);
    assertThat(verified.expires()).isEqualTo(NOW.plusSeconds(60));
  }

  @Test
  void authorizationSignatureIsAccepted() {
    CavageSigner signer = CavageSigner.builder(KEY_ID, RSA.getPrivate()).clock(CLOCK).build();
    SignableRequest signed =
        signer.sign(
            SignableRequest.get(URI.create("https://remote.example/x"), HttpFields.empty()));
    String params = signed.headers().combined("signature").get();
    SignableRequest viaAuthorization =
        signed.withHeaders(
            signed.headers().without("signature").with("Authorization", "Signature " + params));
    assertThat(verifier.verify(viaAuthorization, only(KEY_ID, RSA.getPublic())).keyId())
        .isEqualTo(KEY_ID);
  }

  @ParameterizedTest
  @ValueSource(strings = {"mastodon-style-post.http", "mastodon-style-get.http"})
  void frozenMastodonStyleVectorsVerifyAndAreReproduced(String file) {
    SignableRequest frozen = TestMessages.request(resource("vectors/cavage/" + file), "https");
    String pem = resource("vectors/rfc9421/test-key-rsa.pem");
    PublicKey publicKey = PemKeys.decodePublicKey(pem);
    String keyId = "https://mastodon.example/users/alice#main-key";

    VerifiedSignature verified = verifier.verify(frozen, only(keyId, publicKey));
    assertThat(verified.created()).isEqualTo(NOW);

    // rsa-sha256 is deterministic: signing the unsigned request again gives the same field.
    SignableRequest unsigned = frozen.withHeaders(frozen.headers().without("signature"));
    SignableRequest resigned =
        CavageSigner.builder(keyId, PemKeys.decodePrivateKey(pem))
            .clock(CLOCK)
            .build()
            .sign(unsigned);
    assertThat(resigned.headers().combined("signature"))
        .isEqualTo(frozen.headers().combined("signature"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"default", "basic", "all-headers"})
  void draftAppendixCSignaturesVerify(String name) throws Exception {
    PrivateKey privateKey =
        PemKeys.decodePrivateKey(resource("vectors/cavage/draft-cavage-test-key.pem"));
    RSAPrivateCrtKey crt = (RSAPrivateCrtKey) privateKey;
    PublicKey publicKey =
        KeyFactory.getInstance("RSA")
            .generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
    String signature =
        resource("vectors/cavage/appendix-c-signatures.txt")
            .lines()
            .filter(l -> l.startsWith(name + " "))
            .findFirst()
            .orElseThrow()
            .substring(name.length() + 1);
    SignableRequest request =
        TestMessages.request(resource("vectors/cavage/appendix-c-request.http"), "http")
            .withHeader("Signature", signature);
    VerificationPolicy policy =
        VerificationPolicy.defaults(
                Clock.fixed(Instant.parse("2014-01-05T21:31:40Z"), ZoneOffset.UTC))
            .withCavageRequired(List.of(), List.of());

    VerifiedSignature verified =
        new CavageVerifier(policy).verify(request, only("Test", publicKey));
    assertThat(verified.keyId()).isEqualTo("Test");
  }

  @Test
  void parameterParserHandlesQuotedCommasAndEscapes() {
    var params =
        CavageVerifier.parseParameters(
            "keyId=\"https://a.example/u,1#k\", algorithm=\"hs2019\",created=1402170695, headers=\"(created)\",signature=\"a\\\"b\"");
    assertThat(params)
        .containsEntry("keyid", "https://a.example/u,1#k")
        .containsEntry("created", "1402170695")
        .containsEntry("signature", "a\"b");
  }
}
