// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.labels;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.security.KeyPair;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.essaim.federation.jsonld.ActivityStreamsCodec;
import org.essaim.federation.keys.KeyPairs;
import org.essaim.federation.keys.Multikey;
import org.essaim.federation.proof.ObjectIntegrityProofs;
import org.essaim.federation.vocab.Actor;
import org.essaim.federation.vocab.ActorType;
import org.essaim.federation.vocab.MultikeyMethod;
import org.essaim.federation.vocab.essaim.LabelAttestation;
import org.junit.jupiter.api.Test;

class LabelAttestationVerifierTest {

  static final ActivityStreamsCodec CODEC = new ActivityStreamsCodec();
  static final URI NATIONAL = URI.create("https://national.example/actors/territory");
  static final URI NATIONAL_KEY = URI.create(NATIONAL + "#ed25519-key");
  static final URI MIRAMAS = URI.create("https://miramas.example/actors/territory");
  static final URI ATTESTATION =
      URI.create("https://national.example/objects/label-attestations/1");
  static final LocalDate APRIL_15 = LocalDate.of(2024, 4, 15);
  static final Instant NOW = Instant.parse("2024-04-16T10:00:00Z");

  final KeyPair nationalKey = KeyPairs.generateEd25519();
  final NationalActor national = new NationalActor(Optional.of(NATIONAL));

  Optional<Actor> nationalActor(KeyPair key) {
    return Optional.of(
        Actor.builder(ActorType.ORGANIZATION, NATIONAL, URI.create(NATIONAL + "/inbox"))
            .assertionMethod(
                new MultikeyMethod(
                    NATIONAL_KEY, NATIONAL, Multikey.encodePublicKey(key.getPublic())))
            .build());
  }

  JsonObject signed(URI id, URI issuer, String status, KeyPair key, URI method) {
    return ObjectIntegrityProofs.createProof(
        CODEC.write(new LabelAttestation(id, issuer, MIRAMAS, status, APRIL_15, null).toAsObject()),
        key.getPrivate(),
        method,
        NOW.minusSeconds(3600));
  }

  LabelVerdict verify(JsonObject document) {
    return LabelAttestationVerifier.verify(document, national, nationalActor(nationalKey), NOW);
  }

  @Test
  void aLabelSignedByTheNationalActorLabelsItsTerritory() {
    LabelVerdict verdict =
        verify(signed(ATTESTATION, NATIONAL, "LABELLED", nationalKey, NATIONAL_KEY));
    assertThat(verdict.valid()).as(verdict.reason()).isTrue();
    assertThat(verdict.labels()).isTrue();
    assertThat(verdict.territory()).isEqualTo(MIRAMAS);
    assertThat(verdict.labelDate()).isEqualTo(APRIL_15);
  }

  @Test
  void aRevokedAttestationIsValidButLabelsNobody() {
    for (String revoked : new String[] {"SUSPENDED", "WITHDRAWN"}) {
      LabelVerdict verdict =
          verify(signed(ATTESTATION, NATIONAL, revoked, nationalKey, NATIONAL_KEY));
      assertThat(verdict.valid()).as(verdict.reason()).isTrue();
      assertThat(verdict.labelStatus()).isEqualTo(revoked);
      assertThat(verdict.labels()).isFalse();
    }
  }

  @Test
  void aTamperedAttestationIsRefused() {
    JsonObject genuine = signed(ATTESTATION, NATIONAL, "SUSPENDED", nationalKey, NATIONAL_KEY);
    // Someone turns a suspension into a label and keeps the proof.
    JsonObject tampered = Json.createObjectBuilder(genuine).add("labelStatus", "LABELLED").build();
    LabelVerdict verdict = verify(tampered);
    assertThat(verdict.valid()).isFalse();
    assertThat(verdict.labels()).isFalse();
    assertThat(verdict.reason()).contains("proof");
  }

  @Test
  void anAttestationIssuedBySomeoneElseIsRefusedEvenWellSigned() {
    URI other = URI.create("https://miramas.example/actors/territory");
    KeyPair otherKey = KeyPairs.generateEd25519();
    LabelVerdict verdict =
        verify(
            signed(
                URI.create("https://miramas.example/objects/label-attestations/1"),
                other,
                "LABELLED",
                otherKey,
                URI.create(other + "#ed25519-key")));
    assertThat(verdict.valid()).isFalse();
    assertThat(verdict.reason()).contains("not by the national actor");
  }

  @Test
  void aProofByAnUnknownKeyIsRefused() {
    KeyPair stolen = KeyPairs.generateEd25519();
    LabelVerdict verdict = verify(signed(ATTESTATION, NATIONAL, "LABELLED", stolen, NATIONAL_KEY));
    assertThat(verdict.valid()).isFalse();
    LabelVerdict unknownMethod =
        verify(
            signed(
                ATTESTATION,
                NATIONAL,
                "LABELLED",
                nationalKey,
                URI.create(NATIONAL + "#other-key")));
    assertThat(unknownMethod.valid()).isFalse();
  }

  @Test
  void anUnsignedAttestationIsRefused() {
    JsonObject unsigned =
        CODEC.write(
            new LabelAttestation(ATTESTATION, NATIONAL, MIRAMAS, "LABELLED", APRIL_15, null)
                .toAsObject());
    LabelVerdict verdict = verify(unsigned);
    assertThat(verdict.valid()).isFalse();
    assertThat(verdict.reason()).contains("no proof");
  }

  @Test
  void somethingThatIsNoLabelAttestationIsRefused() {
    JsonObject note =
        Json.createObjectBuilder()
            .add("@context", "https://www.w3.org/ns/activitystreams")
            .add("id", ATTESTATION.toString())
            .add("type", "Note")
            .add("attributedTo", NATIONAL.toString())
            .build();
    assertThat(verify(note).valid()).isFalse();
  }

  @Test
  void withoutANationalActorNobodyIsLabelled() {
    LabelVerdict verdict =
        LabelAttestationVerifier.verify(
            signed(ATTESTATION, NATIONAL, "LABELLED", nationalKey, NATIONAL_KEY),
            new NationalActor(Optional.empty()),
            nationalActor(nationalKey),
            NOW);
    assertThat(verdict.labels()).isFalse();
  }

  @Test
  void anAttestationOffTheNationalOriginIsRefused() {
    LabelVerdict verdict =
        verify(
            signed(
                URI.create("https://elsewhere.example/label/1"),
                NATIONAL,
                "LABELLED",
                nationalKey,
                NATIONAL_KEY));
    assertThat(verdict.valid()).isFalse();
    assertThat(verdict.reason()).contains("origin");
  }

  @Test
  void whenTheNationalKeysCannotBeHadNothingIsLabelled() {
    LabelVerdict verdict =
        LabelAttestationVerifier.verify(
            signed(ATTESTATION, NATIONAL, "LABELLED", nationalKey, NATIONAL_KEY),
            national,
            Optional.empty(),
            NOW);
    assertThat(verdict.valid()).isFalse();
  }
}
