// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.sig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.essaim.federation.sig.TestMessages.resource;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.essaim.federation.keys.PemKeys;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Requests signed by this library that Fedify 2.3.6 was shown to accept
 * (src/test/interop/fedify/verify-essaim-vectors.mjs). Signing the same requests again must give
 * the same bytes, so a change that would break Fedify interop shows up here.
 */
class EssaimVectorsTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC);

  @ParameterizedTest
  @ValueSource(strings = {"rfc9421-get", "rfc9421-post", "cavage-get", "cavage-post"})
  void signerStillProducesTheVectorsFedifyAccepted(String name) {
    JsonObject v;
    try (JsonReader reader =
        Json.createReader(new StringReader(resource("vectors/essaim/" + name + ".json")))) {
      v = reader.readObject();
    }
    HttpFields expected = HttpFields.empty();
    for (Map.Entry<String, JsonValue> h : v.getJsonObject("headers").entrySet()) {
      expected = expected.with(h.getKey(), ((JsonString) h.getValue()).getString());
    }
    String pem = resource("vectors/rfc9421/test-key-rsa.pem");
    String keyId = v.getString("keyId");
    URI uri = URI.create(v.getString("url"));
    SignableRequest unsigned =
        v.isNull("body")
            ? SignableRequest.get(uri, HttpFields.of("accept", "application/activity+json"))
            : SignableRequest.post(
                uri,
                HttpFields.of("content-type", "application/activity+json"),
                v.getString("body").getBytes(StandardCharsets.UTF_8));
    RequestSigner signer =
        name.startsWith("rfc9421")
            ? Rfc9421Signer.builder(keyId, PemKeys.decodePrivateKey(pem)).clock(CLOCK).build()
            : CavageSigner.builder(keyId, PemKeys.decodePrivateKey(pem)).clock(CLOCK).build();
    SignableRequest signed = signer.sign(unsigned);

    assertThat(signed.headers()).isEqualTo(expected);
    assertThat(
            new SignatureVerifier(VerificationPolicy.defaults(CLOCK))
                .verify(signed, id -> PemKeys.decodePublicKey(pem))
                .keyId())
        .isEqualTo(keyId);
  }
}
