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
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.essaim.federation.keys.PemKeys;
import org.essaim.federation.sig.SignatureVerificationException.Reason;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Requests signed by Fedify 2.3.6 (src/test/interop/fedify/generate-vectors.mjs), verified here at
 * the vectors' own time.
 */
class FedifyInteropTest {
  private static final String DIR = "vectors/fedify/";

  private static JsonObject vector(String name) {
    try (JsonReader reader = Json.createReader(new StringReader(resource(DIR + name + ".json")))) {
      return reader.readObject();
    }
  }

  private static SignableRequest request(JsonObject v) {
    HttpFields fields = HttpFields.empty();
    for (Map.Entry<String, JsonValue> h : v.getJsonObject("headers").entrySet()) {
      fields = fields.with(h.getKey(), ((JsonString) h.getValue()).getString());
    }
    byte[] body = v.isNull("body") ? null : v.getString("body").getBytes(StandardCharsets.UTF_8);
    return SignableRequest.of(v.getString("method"), URI.create(v.getString("url")), fields, body);
  }

  private static VerificationPolicy policyAt(JsonObject v) {
    return VerificationPolicy.defaults(
        Clock.fixed(Instant.parse(v.getString("currentTime")), ZoneOffset.UTC));
  }

  @ParameterizedTest
  @CsvSource({
    "rfc9421-get, RFC9421",
    "rfc9421-post, RFC9421",
    "cavage-get, CAVAGE",
    "cavage-post, CAVAGE"
  })
  void verifiesFedifySignedRequests(String name, SignatureScheme scheme) {
    JsonObject v = vector(name);
    PublicKey key = PemKeys.decodePublicKey(resource(DIR + v.getString("publicKey")));
    String keyId = v.getString("keyId");

    VerifiedSignature verified =
        new SignatureVerifier(policyAt(v)).verify(request(v), id -> id.equals(keyId) ? key : null);

    assertThat(verified.scheme()).isEqualTo(scheme);
    assertThat(verified.keyId()).isEqualTo(keyId);
    assertThat(verified.algorithm()).isEqualTo(SignatureAlgorithm.RSA_V1_5_SHA256);
    assertThat(verified.created()).isEqualTo(Instant.parse(v.getString("currentTime")));
  }

  @ParameterizedTest
  @CsvSource({"rfc9421-post", "cavage-post"})
  void fedifySignedBodiesAreBoundToTheirDigest(String name) {
    JsonObject v = vector(name);
    PublicKey key = PemKeys.decodePublicKey(resource(DIR + v.getString("publicKey")));
    SignableRequest tampered =
        request(v).withBody("{\"type\":\"Delete\"}".getBytes(StandardCharsets.UTF_8));
    try {
      new SignatureVerifier(policyAt(v)).verify(tampered, id -> key);
      throw new AssertionError("tampered body accepted");
    } catch (SignatureVerificationException e) {
      assertThat(e.reason()).isEqualTo(Reason.DIGEST_MISMATCH);
    }
  }
}
