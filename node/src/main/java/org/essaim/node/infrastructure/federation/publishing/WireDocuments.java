// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.publishing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.essaim.federation.jsonld.ActivityStreamsCodec;
import org.essaim.federation.proof.Jcs;
import org.essaim.federation.proof.ObjectIntegrityProofs;
import org.essaim.federation.vocab.Activity;
import org.essaim.federation.vocab.As;
import org.essaim.federation.vocab.AsObject;

/**
 * Serialises what the territory publishes: objects signed with a FEP-8b32 proof (eddsa-jcs-2022,
 * the territory's Ed25519 key), and activities embedding them. Pure apart from the clock passed in.
 */
public final class WireDocuments {

  private static final ActivityStreamsCodec CODEC = new ActivityStreamsCodec();

  private WireDocuments() {}

  /** The object as served at its address: compact JSON with its context and a proof. */
  public static JsonObject signed(
      AsObject object, PrivateKey ed25519, URI verificationMethod, Instant now) {
    return ObjectIntegrityProofs.createProof(
        CODEC.write(object), ed25519, verificationMethod, now.truncatedTo(ChronoUnit.SECONDS));
  }

  /** A document without proof (tombstones, collections). */
  public static JsonObject unsigned(AsObject object) {
    return CODEC.write(object);
  }

  /**
   * The activity document: the activity as the library writes it, its {@code object} replaced by
   * the signed object itself (with its own {@code @context}, so that its proof verifies where the
   * object is found, embedded or fetched).
   */
  public static JsonObject activity(Activity activity, JsonObject signedObject) {
    JsonObject written = CODEC.write(activity.asObject());
    return Json.createObjectBuilder(written).add("object", signedObject).build();
  }

  /**
   * The fingerprint that decides between Update and nothing: SHA-256 of the audience and of the
   * canonical (RFC 8785) JSON of the object without its times and proof.
   */
  public static String fingerprint(String audience, AsObject object) {
    AsObject content = object.toBuilder().remove(As.PUBLISHED).remove(As.UPDATED).build();
    byte[] canonical = Jcs.canonicalBytes(CODEC.write(content));
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update(audience.getBytes(StandardCharsets.UTF_8));
      sha256.update((byte) '\n');
      return HexFormat.of().formatHex(sha256.digest(canonical));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing", e);
    }
  }

  public static String text(JsonValue json) {
    StringWriter out = new StringWriter();
    try (var writer = Json.createWriter(out)) {
      writer.write(json);
    }
    return out.toString();
  }

  public static JsonObject parse(String json) {
    try (var reader = Json.createReader(new java.io.StringReader(json))) {
      return reader.readObject();
    }
  }
}
