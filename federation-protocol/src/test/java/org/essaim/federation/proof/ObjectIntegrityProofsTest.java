// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.essaim.federation.keys.Multikey;
import org.essaim.federation.proof.ProofVerificationException.Reason;
import org.junit.jupiter.api.Test;

class ObjectIntegrityProofsTest {
  private static final String W3C = "/vectors/eddsa-jcs-2022/";
  private static final Instant CREATED = Instant.parse("2023-02-24T23:36:38Z");
  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

  private static String text(String path) throws IOException {
    try (InputStream in = ObjectIntegrityProofsTest.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
  }

  private static JsonObject json(String path) throws IOException {
    try (InputStream in = ObjectIntegrityProofsTest.class.getResourceAsStream(path);
        JsonReader reader = Json.createReader(in)) {
      return reader.readObject();
    }
  }

  private static String sha256Hex(String s) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
  }

  private static Function<URI, PublicKey> only(URI id, PublicKey key) {
    return uri -> uri.equals(id) ? key : null;
  }

  // ------------------------------------------------------- W3C test vector

  @Test
  void w3cVectorCanonicalFormsAndHashes() throws Exception {
    JsonObject unsigned = json(W3C + "unsigned.json");
    JsonObject proofConfig = json(W3C + "proofConfigJCS.json");
    String canonicalDocument = Jcs.canonicalize(unsigned);
    String canonicalProof = Jcs.canonicalize(proofConfig);
    assertThat(canonicalDocument).isEqualTo(text(W3C + "canonDocJCS.txt"));
    assertThat(canonicalProof).isEqualTo(text(W3C + "proofCanonJCS.txt"));
    assertThat(sha256Hex(canonicalDocument)).isEqualTo(text(W3C + "docHashJCS.txt"));
    assertThat(sha256Hex(canonicalProof)).isEqualTo(text(W3C + "proofHashJCS.txt"));
    assertThat(HexFormat.of().formatHex(ObjectIntegrityProofs.hashData(proofConfig, unsigned)))
        .isEqualTo(text(W3C + "combinedHashJCS.txt"));
  }

  @Test
  void w3cVectorSignatureIsReproducedExactly() throws Exception {
    JsonObject keys = json(W3C + "keyPair.json");
    PrivateKey privateKey = Multikey.decodeEd25519PrivateKey(keys.getString("privateKeyMultibase"));
    JsonObject expected = json(W3C + "signedJCS.json");
    URI method = URI.create(expected.getJsonObject("proof").getString("verificationMethod"));

    JsonObject signed =
        ObjectIntegrityProofs.createProof(json(W3C + "unsigned.json"), privateKey, method, CREATED);

    String proofValue = signed.getJsonObject("proof").getString("proofValue");
    assertThat(proofValue).isEqualTo(text(W3C + "sigBTC58JCS.txt"));
    assertThat(HexFormat.of().formatHex(Multikey.decodeMultibase(proofValue)))
        .isEqualTo(text(W3C + "sigHexJCS.txt"));
    assertThat(signed).isEqualTo(expected);
  }

  @Test
  void w3cVectorVerifies() throws Exception {
    JsonObject keys = json(W3C + "keyPair.json");
    PublicKey publicKey = Multikey.decodePublicKey(keys.getString("publicKeyMultibase"));
    JsonObject signed = json(W3C + "signedJCS.json");
    URI method = URI.create(signed.getJsonObject("proof").getString("verificationMethod"));

    assertThat(ObjectIntegrityProofs.verifyProof(signed, only(method, publicKey)))
        .isEqualTo(method);
  }

  // ------------------------------------------------------ FEP-8b32 vector

  private static PrivateKey fep8b32Key() {
    return Multikey.ed25519PrivateKey(
        Base64.getUrlDecoder().decode("yW756hDF5BTEcXI6_53nLDX6W3D66X6IMuysfS4rjtY"));
  }

  private static PublicKey fep8b32PublicKey() {
    return Multikey.ed25519PublicKey(
        Base64.getUrlDecoder().decode("sA2Nk45_dz1RVlqtNqYj9TRPf10ZYPnPPo4SYg6igQ8"));
  }

  private static final URI FEP_KEY = URI.create("https://server.example/users/alice#ed25519-key");
  private static final String FEP_PROOF_VALUE =
      "zLaewdp4H9kqtwyrLatK4cjY5oRHwVcw4gibPSUDYDMhi4M49v8pcYk3ZB6D69dNpAPbUmY8ocuJ3m9KhKJEEg7z";

  @Test
  void fep8b32VectorIsReproduced() throws Exception {
    JsonObject signed =
        ObjectIntegrityProofs.createProof(
            json("/vectors/fep-8b32/create-note.json"), fep8b32Key(), FEP_KEY, CREATED);
    assertThat(signed.getJsonObject("proof").getString("proofValue")).isEqualTo(FEP_PROOF_VALUE);
    assertThat(ObjectIntegrityProofs.verifyProof(signed, only(FEP_KEY, fep8b32PublicKey())))
        .isEqualTo(FEP_KEY);
  }

  @Test
  void proofWithoutContextInheritsTheDocumentContext() throws Exception {
    // FEP-8b32 senders such as Fedify embed the proof without @context but hash it with one.
    JsonObject proof =
        Json.createObjectBuilder()
            .add("type", "DataIntegrityProof")
            .add("cryptosuite", "eddsa-jcs-2022")
            .add("verificationMethod", FEP_KEY.toString())
            .add("proofPurpose", "assertionMethod")
            .add("created", "2023-02-24T23:36:38Z")
            .add("proofValue", FEP_PROOF_VALUE)
            .build();
    JsonObject received =
        Json.createObjectBuilder(json("/vectors/fep-8b32/create-note.json"))
            .add("proof", proof)
            .build();
    assertThat(ObjectIntegrityProofs.verifyProof(received, only(FEP_KEY, fep8b32PublicKey())))
        .isEqualTo(FEP_KEY);
  }

  // ------------------------------------------------------ own round trips

  private final KeyPair alice = generate();
  private final URI aliceKey = URI.create("https://grenoble.essaim.example/actors/alice#main-key");

  private static KeyPair generate() {
    try {
      return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private JsonObject note() {
    return Json.createObjectBuilder()
        .add(
            "@context",
            Json.createArrayBuilder()
                .add("https://www.w3.org/ns/activitystreams")
                .add("https://w3id.org/security/data-integrity/v2"))
        .add("id", "https://grenoble.essaim.example/notes/1")
        .add("type", "Note")
        .add("attributedTo", "https://grenoble.essaim.example/actors/alice")
        .add("content", "Réunion du collectif jeudi à 18 h — ouvert à tous 🐝")
        .add("published", "2026-11-20T18:00:00Z")
        .build();
  }

  private JsonObject signedNote() {
    return ObjectIntegrityProofs.createProof(note(), alice.getPrivate(), aliceKey, CREATED);
  }

  private URI verify(JsonObject document) {
    return ObjectIntegrityProofs.verifyProof(
        document, only(aliceKey, alice.getPublic()), "assertionMethod", NOW);
  }

  private void assertRefused(JsonObject document, Reason reason) {
    assertThatThrownBy(() -> verify(document))
        .isInstanceOfSatisfying(
            ProofVerificationException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }

  private JsonObject withProofMember(JsonObject signed, String name, String value) {
    JsonObject proof =
        Json.createObjectBuilder(signed.getJsonObject("proof")).add(name, value).build();
    return Json.createObjectBuilder(signed).add("proof", proof).build();
  }

  @Test
  void roundTrip() {
    JsonObject signed = signedNote();
    JsonObject proof = signed.getJsonObject("proof");
    assertThat(proof.getString("type")).isEqualTo("DataIntegrityProof");
    assertThat(proof.getString("cryptosuite")).isEqualTo("eddsa-jcs-2022");
    assertThat(proof.getString("proofPurpose")).isEqualTo("assertionMethod");
    assertThat(proof.getString("created")).isEqualTo("2023-02-24T23:36:38Z");
    assertThat(proof.getString("proofValue")).startsWith("z");
    assertThat(proof.get("@context")).isEqualTo(note().get("@context"));
    assertThat(verify(signed)).isEqualTo(aliceKey);
  }

  @Test
  void memberOrderDoesNotMatter() {
    JsonObject signed = signedNote();
    var reordered = Json.createObjectBuilder();
    List<String> names = new ArrayList<>(signed.keySet());
    Collections.reverse(names);
    names.forEach(k -> reordered.add(k, signed.get(k)));
    assertThat(verify(reordered.build())).isEqualTo(aliceKey);
  }

  @Test
  void changedPropertyIsDetected() {
    JsonObject tampered =
        Json.createObjectBuilder(signedNote()).add("content", "Réunion annulée").build();
    assertRefused(tampered, Reason.INVALID_PROOF);
  }

  @Test
  void addedPropertyIsDetected() {
    JsonObject tampered = Json.createObjectBuilder(signedNote()).add("sensitive", true).build();
    assertRefused(tampered, Reason.INVALID_PROOF);
  }

  @Test
  void changedProofOptionIsDetected() {
    assertRefused(
        withProofMember(signedNote(), "created", "2024-01-01T00:00:00Z"), Reason.INVALID_PROOF);
    assertRefused(
        withProofMember(signedNote(), "verificationMethod", "https://evil.example/key"),
        Reason.UNKNOWN_KEY);
    assertRefused(
        withProofMember(signedNote(), "proofPurpose", "authentication"), Reason.PURPOSE_MISMATCH);
  }

  @Test
  void removedProofIsDetected() {
    JsonObject stripped = Json.createObjectBuilder(signedNote()).remove("proof").build();
    assertRefused(stripped, Reason.MISSING_PROOF);
    assertRefused(
        Json.createObjectBuilder(signedNote()).add("proof", Json.createArrayBuilder()).build(),
        Reason.MISSING_PROOF);
  }

  @Test
  void wrongKeyIsDetected() {
    KeyPair mallory = generate();
    JsonObject forged =
        ObjectIntegrityProofs.createProof(note(), mallory.getPrivate(), aliceKey, CREATED);
    assertRefused(forged, Reason.INVALID_PROOF);
  }

  @Test
  void otherCryptosuiteIsRefused() {
    assertRefused(
        withProofMember(signedNote(), "cryptosuite", "eddsa-rdfc-2022"),
        Reason.UNSUPPORTED_CRYPTOSUITE);
    assertRefused(
        withProofMember(signedNote(), "type", "Ed25519Signature2020"),
        Reason.UNSUPPORTED_CRYPTOSUITE);
  }

  @Test
  void malformedProofsAreRefused() {
    assertRefused(withProofMember(signedNote(), "proofValue", "uAAAA"), Reason.MALFORMED_PROOF);
    assertRefused(withProofMember(signedNote(), "proofValue", "z2NEpo7TZ"), Reason.MALFORMED_PROOF);
    assertRefused(
        withProofMember(signedNote(), "verificationMethod", "#key"), Reason.MALFORMED_PROOF);
    assertRefused(withProofMember(signedNote(), "created", "yesterday"), Reason.MALFORMED_PROOF);
    assertRefused(
        Json.createObjectBuilder(signedNote()).add("proof", "z123").build(),
        Reason.MALFORMED_PROOF);
    assertRefused(
        withProofMember(signedNote(), "previousProof", "urn:uuid:1"),
        Reason.UNSUPPORTED_PROOF_CHAIN);
  }

  @Test
  void expiredProofIsRefused() throws Exception {
    // createProof has no expires option, so this proof is assembled by hand.
    JsonObject options =
        Json.createObjectBuilder(signedNote().getJsonObject("proof"))
            .remove("proofValue")
            .add("expires", "2025-01-01T00:00:00Z")
            .build();
    Signature signer = Signature.getInstance("Ed25519");
    signer.initSign(alice.getPrivate());
    signer.update(ObjectIntegrityProofs.hashData(options, note()));
    JsonObject proof =
        Json.createObjectBuilder(options)
            .add("proofValue", Multikey.encodeMultibase(signer.sign()))
            .build();
    JsonObject signed = Json.createObjectBuilder(note()).add("proof", proof).build();
    assertRefused(signed, Reason.EXPIRED);
    assertThat(
            ObjectIntegrityProofs.verifyProof(
                signed,
                only(aliceKey, alice.getPublic()),
                "assertionMethod",
                Instant.parse("2024-06-01T00:00:00Z")))
        .isEqualTo(aliceKey);
    // Adding expires to a proof that was signed without it breaks the signature.
    assertRefused(
        withProofMember(signedNote(), "expires", "2030-01-01T00:00:00Z"), Reason.INVALID_PROOF);
  }

  @Test
  void proofContextMustPrefixTheDocumentContext() {
    JsonObject signed = signedNote();
    JsonObject otherContext =
        Json.createObjectBuilder(signed).add("@context", "https://example.org/other").build();
    assertRefused(otherContext, Reason.CONTEXT_MISMATCH);

    // Contexts appended after signing are allowed: the proof's @context is what was hashed.
    JsonObject extended =
        Json.createObjectBuilder(signed)
            .add(
                "@context",
                Json.createArrayBuilder(signed.getJsonArray("@context"))
                    .add("https://example.org/extra"))
            .build();
    assertThat(verify(extended)).isEqualTo(aliceKey);
  }

  @Test
  void keyLookupFailuresAreUnknownKeys() throws Exception {
    JsonObject signed = signedNote();
    assertThatThrownBy(
            () ->
                ObjectIntegrityProofs.verifyProof(
                    signed,
                    uri -> {
                      throw new IllegalStateException("network down");
                    }))
        .isInstanceOfSatisfying(
            ProofVerificationException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_KEY));
    // Key generation is slow for RSA; the FEP-521a vector key decodes in microseconds.
    PublicKey rsa =
        Multikey.decodePublicKey(
            json("/vectors/multikey/multikey-vectors.json")
                .getJsonArray("rsa")
                .getJsonObject(0)
                .getString("multikey"));
    assertThatThrownBy(() -> ObjectIntegrityProofs.verifyProof(signed, uri -> rsa))
        .isInstanceOfSatisfying(
            ProofVerificationException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_KEY));
  }

  @Test
  void proofSets() {
    KeyPair bob = generate();
    URI bobKey = URI.create("https://chambery.essaim.example/actors/bob#main-key");
    JsonObject twice =
        ObjectIntegrityProofs.createProof(signedNote(), bob.getPrivate(), bobKey, CREATED);
    assertThat(twice.getJsonArray("proof")).hasSize(2);

    Map<URI, PublicKey> keys = Map.of(aliceKey, alice.getPublic(), bobKey, bob.getPublic());
    assertThat(ObjectIntegrityProofs.verifyProofs(twice, keys::get, "assertionMethod", NOW))
        .containsExactly(aliceKey, bobKey);
    assertRefused(twice, Reason.MULTIPLE_PROOFS);

    JsonObject tampered = Json.createObjectBuilder(twice).add("content", "changed").build();
    assertThatThrownBy(
            () -> ObjectIntegrityProofs.verifyProofs(tampered, keys::get, "assertionMethod", NOW))
        .isInstanceOfSatisfying(
            ProofVerificationException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_PROOF));
  }

  @Test
  void creationRefusesNonEd25519Keys() throws Exception {
    PrivateKey ec = KeyPairGenerator.getInstance("EC").generateKeyPair().getPrivate();
    assertThatThrownBy(() -> ObjectIntegrityProofs.createProof(note(), ec, aliceKey, CREATED))
        .isInstanceOf(ProofCreationException.class)
        .hasMessageContaining("Ed25519");
    PrivateKey ed448 = KeyPairGenerator.getInstance("Ed448").generateKeyPair().getPrivate();
    assertThatThrownBy(() -> ObjectIntegrityProofs.createProof(note(), ed448, aliceKey, CREATED))
        .isInstanceOf(ProofCreationException.class);
    assertThatThrownBy(
            () ->
                ObjectIntegrityProofs.createProof(
                    note(), alice.getPrivate(), URI.create("#key"), CREATED))
        .isInstanceOf(ProofCreationException.class);
  }
}
