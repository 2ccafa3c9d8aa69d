// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.sig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.essaim.federation.sig.TestMessages.clockAt;
import static org.essaim.federation.sig.TestMessages.resource;

import java.security.Key;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;
import org.essaim.federation.keys.PemKeys;
import org.essaim.federation.sig.StructuredFields.InnerList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 9421 Appendix B.2 and section 4.3, reproduced byte for byte. */
class Rfc9421VectorsTest {
  private static final String DIR = "vectors/rfc9421/";
  private static final long CREATED = 1618884473L;

  private static final PublicKey RSA_PSS =
      PemKeys.decodePublicKey(resource(DIR + "test-key-rsa-pss.pem"));
  private static final PublicKey ECC =
      PemKeys.decodePublicKey(resource(DIR + "test-key-ecc-p256.pem"));
  private static final PublicKey ED25519 =
      PemKeys.decodePublicKey(resource(DIR + "test-key-ed25519.pem"));
  private static final PublicKey RSA = PemKeys.decodePublicKey(resource(DIR + "test-key-rsa.pem"));
  private static final Key SECRET =
      new SecretKeySpec(
          Base64.getDecoder().decode(resource(DIR + "test-shared-secret.txt").strip()),
          "HmacSHA256");

  private static final Map<String, Key> KEYS =
      Map.of(
          "test-key-rsa-pss", RSA_PSS,
          "test-key-ecc-p256", ECC,
          "test-key-ed25519", ED25519,
          "test-key-rsa", RSA,
          "test-shared-secret", SECRET);

  /** No coverage demands: the RFC examples are not fediverse requests. */
  private static final VerificationPolicy LENIENT =
      VerificationPolicy.defaults(clockAt(CREATED)).withRfc9421Required(List.of(), List.of());

  private static SignableMessage message(String vector) {
    SignableMessage plain =
        vector.equals("b24")
            ? TestMessages.response(resource(DIR + "test-response.http"))
            : TestMessages.request(resource(DIR + "test-request.http"), "https");
    HttpFields signed =
        TestMessages.withHeaderLines(plain.headers(), resource(DIR + vector + "-headers.txt"));
    return plain instanceof SignableRequest r
        ? r.withHeaders(signed)
        : ((SignableResponse) plain).withHeaders(signed);
  }

  private static String label(String vector) {
    return "sig-" + vector;
  }

  private static InnerList signatureParams(SignableMessage message, String label) {
    return (InnerList)
        StructuredFields.parseDictionary(message.headers().combined("signature-input").get())
            .get(label);
  }

  @ParameterizedTest
  @CsvSource({"b21", "b22", "b23", "b24", "b25", "b26"})
  void reproducesTheSignatureBase(String vector) {
    SignableMessage message = message(vector);
    String base = Rfc9421SignatureBase.build(message, signatureParams(message, label(vector)));
    assertThat(base).isEqualTo(resource(DIR + vector + "-signature-base.txt"));
  }

  @ParameterizedTest
  @CsvSource({
    "b21, test-key-rsa-pss, RSA_PSS_SHA512",
    "b22, test-key-rsa-pss, RSA_PSS_SHA512",
    "b23, test-key-rsa-pss, RSA_PSS_SHA512",
    "b24, test-key-ecc-p256, ECDSA_P256_SHA256",
    "b25, test-shared-secret, HMAC_SHA256",
    "b26, test-key-ed25519, ED25519"
  })
  void verifiesTheRfcSignature(String vector, String keyId, SignatureAlgorithm algorithm) {
    // No alg parameter in these examples: the algorithm comes from the key, except that an RSA
    // key means rsa-v1_5 by default, so the PSS vectors name their algorithm through the key type.
    KeyResolver keys =
        id -> algorithm == SignatureAlgorithm.RSA_PSS_SHA512 ? pssKey() : KEYS.get(id);
    VerifiedSignature verified =
        new Rfc9421Verifier(LENIENT).verify(message(vector), keys, label(vector));
    assertThat(verified.keyId()).isEqualTo(keyId);
    assertThat(verified.label()).isEqualTo(label(vector));
    assertThat(verified.algorithm()).isEqualTo(algorithm);
    assertThat(verified.created()).isEqualTo(Instant.ofEpochSecond(CREATED));
    assertThat(verified.scheme()).isEqualTo(SignatureScheme.RFC9421);
  }

  @Test
  void ed25519AndHmacSignaturesAreReproducedBySigning() {
    SignableRequest request = TestMessages.request(resource(DIR + "test-request.http"), "https");
    Rfc9421Signer ed =
        Rfc9421Signer.builder(
                "test-key-ed25519",
                PemKeys.decodePrivateKey(resource(DIR + "test-key-ed25519.pem")))
            .label("sig-b26")
            .components("date", "@method", "@path", "@authority", "content-type", "content-length")
            .coverBodyDigest(false)
            .created(Instant.ofEpochSecond(CREATED))
            .includeAlg(false)
            .build();
    assertThat(signatureFields(ed.sign(request))).isEqualTo(resource(DIR + "b26-headers.txt"));

    Rfc9421Signer hmac =
        Rfc9421Signer.builder("test-shared-secret", SECRET)
            .label("sig-b25")
            .components("date", "@authority", "content-type")
            .coverBodyDigest(false)
            .created(Instant.ofEpochSecond(CREATED))
            .includeAlg(false)
            .build();
    assertThat(signatureFields(hmac.sign(request))).isEqualTo(resource(DIR + "b25-headers.txt"));
  }

  @Test
  void rsaPssSignaturesMadeHereVerify() {
    SignableRequest request = TestMessages.request(resource(DIR + "test-request.http"), "https");
    PrivateKey pss = PemKeys.decodePrivateKey(resource(DIR + "test-key-rsa-pss.pem"));
    Rfc9421Signer signer =
        Rfc9421Signer.builder("test-key-rsa-pss", pss)
            .algorithm(SignatureAlgorithm.RSA_PSS_SHA512)
            .components("@authority", "content-digest", "@query-param;name=\"Pet\"")
            .created(Instant.ofEpochSecond(CREATED))
            .tag("header-example")
            .build();
    SignableRequest signed = signer.sign(request);
    VerifiedSignature verified = new Rfc9421Verifier(LENIENT).verify(signed, KEYS::get);
    assertThat(verified.algorithm()).isEqualTo(SignatureAlgorithm.RSA_PSS_SHA512);
    assertThat(verified.components())
        .containsExactly("\"@authority\"", "\"content-digest\"", "\"@query-param\";name=\"Pet\"");
  }

  @Test
  void section43RsaV15SignatureIsReproducedAndVerifies() {
    SignableRequest request = TestMessages.request(resource(DIR + "s43-request.http"), "https");
    InnerList params = signatureParams(request, "proxy_sig");
    String base = Rfc9421SignatureBase.build(request, params);
    assertThat(base).isEqualTo(resource(DIR + "s43-signature-base.txt"));

    PrivateKey rsa = PemKeys.decodePrivateKey(resource(DIR + "test-key-rsa.pem"));
    byte[] signature =
        SignatureAlgorithm.RSA_V1_5_SHA256.sign(
            rsa, base.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(Base64.getEncoder().encodeToString(signature))
        .isEqualTo(resource(DIR + "s43-signature.txt").strip());

    // The client's sig1 no longer verifies (the proxy changed the authority); proxy_sig does.
    VerificationPolicy at = LENIENT.withClock(clockAt(1618884480L));
    VerifiedSignature verified = new Rfc9421Verifier(at).verify(request, KEYS::get);
    assertThat(verified.label()).isEqualTo("proxy_sig");
    assertThat(verified.algorithm()).isEqualTo(SignatureAlgorithm.RSA_V1_5_SHA256);
    assertThat(verified.expires()).isEqualTo(Instant.ofEpochSecond(1618884540L));

    // And the signer produces the same field value from the unsigned message.
    SignableRequest unsigned =
        request.withHeaders(request.headers().without("signature-input").without("signature"));
    Rfc9421Signer signer =
        Rfc9421Signer.builder("test-key-rsa", rsa)
            .label("proxy_sig")
            .components(
                "@method",
                "@authority",
                "@path",
                "content-digest",
                "content-type",
                "content-length",
                "forwarded")
            .created(Instant.ofEpochSecond(1618884480L))
            .expiresAfter(Duration.ofSeconds(60))
            .build();
    SignableRequest resigned = signer.sign(unsigned);
    assertThat(resigned.headers().combined("signature").get())
        .isEqualTo("proxy_sig=:" + resource(DIR + "s43-signature.txt").strip() + ":");
  }

  private static Key pssKey() {
    // The RFC's PSS public key is a plain rsaEncryption SPKI; re-read it as an RSASSA-PSS key.
    try {
      java.security.interfaces.RSAPublicKey rsa = (java.security.interfaces.RSAPublicKey) RSA_PSS;
      return java.security.KeyFactory.getInstance("RSASSA-PSS")
          .generatePublic(
              new java.security.spec.RSAPublicKeySpec(rsa.getModulus(), rsa.getPublicExponent()));
    } catch (java.security.GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  private static String signatureFields(SignableRequest signed) {
    return "Signature-Input: "
        + signed.headers().combined("signature-input").get()
        + "\nSignature: "
        + signed.headers().combined("signature").get()
        + "\n";
  }
}
