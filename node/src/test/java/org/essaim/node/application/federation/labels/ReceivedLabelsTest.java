// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.labels;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.essaim.federation.jsonld.ActivityStreamsCodec;
import org.essaim.federation.keys.KeyPairs;
import org.essaim.federation.keys.Multikey;
import org.essaim.federation.proof.ObjectIntegrityProofs;
import org.essaim.federation.vocab.Actor;
import org.essaim.federation.vocab.ActorType;
import org.essaim.federation.vocab.MultikeyMethod;
import org.essaim.federation.vocab.essaim.LabelAttestation;
import org.essaim.node.application.federation.copies.CopyContents;
import org.essaim.node.application.federation.copies.FetchedDocument;
import org.essaim.node.application.federation.copies.RemoteCopyChanged;
import org.essaim.node.application.federation.copies.RemoteCopyChanged.Change;
import org.essaim.node.application.federation.copies.RemoteDocuments;
import org.essaim.node.application.federation.copies.RemoteFetchException;
import org.essaim.node.domain.model.peer.ReceivedLabel;
import org.essaim.node.domain.model.peer.ReceivedLabelRepository;
import org.essaim.node.domain.model.remote.RemoteObject;
import org.essaim.node.domain.model.remote.RemoteObjectKind;
import org.essaim.node.domain.model.remote.RemoteObjectRepository;
import org.essaim.node.domain.model.remote.RemoteObjectSearch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Copies of attestations, as RemoteCopies announces them, and which peers end up labelled. */
class ReceivedLabelsTest {

  static final ActivityStreamsCodec CODEC = new ActivityStreamsCodec();
  static final URI NATIONAL = URI.create("https://national.example/actors/territory");
  static final URI KEY = URI.create(NATIONAL + "#ed25519-key");
  static final URI MIRAMAS = URI.create("https://miramas.example/actors/territory");
  static final URI ATTESTATION = URI.create("https://national.example/objects/label/1");
  static final Instant NOW = Instant.parse("2024-04-16T10:00:00Z");

  final KeyPair key = KeyPairs.generateEd25519();
  final Map<URI, RemoteObject> copies = new HashMap<>();
  final List<ReceivedLabel> stored = new ArrayList<>();
  final ReceivedLabels labels = new ReceivedLabels();
  boolean nationalReachable = true;

  @BeforeEach
  void wire() {
    labels.national = new NationalActor(Optional.of(NATIONAL));
    labels.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    labels.copies =
        new RemoteObjectRepository() {
          @Override
          public Optional<RemoteObject> findByObjectId(URI objectId) {
            return Optional.ofNullable(copies.get(objectId));
          }

          @Override
          public Optional<RemoteObject> find(long id) {
            return Optional.empty();
          }

          @Override
          public List<RemoteObject> search(RemoteObjectSearch search, int offset, int limit) {
            return List.of();
          }

          @Override
          public long count(RemoteObjectSearch search) {
            return 0;
          }

          @Override
          public void add(RemoteObject object) {
            copies.put(object.objectId(), object);
          }
        };
    labels.remote =
        new RemoteDocuments() {
          @Override
          public FetchedDocument fetch(URI id) {
            throw new RemoteFetchException("not here");
          }

          @Override
          public Actor actor(URI id) {
            if (!nationalReachable || !id.equals(NATIONAL)) {
              throw new RemoteFetchException("unreachable");
            }
            return Actor.builder(ActorType.ORGANIZATION, NATIONAL, URI.create(NATIONAL + "/inbox"))
                .assertionMethod(
                    new MultikeyMethod(KEY, NATIONAL, Multikey.encodePublicKey(key.getPublic())))
                .build();
          }
        };
    labels.labels =
        new ReceivedLabelRepository() {
          @Override
          public Optional<ReceivedLabel> findByAttestation(URI attestation) {
            return stored.stream().filter(l -> l.attestation().equals(attestation)).findFirst();
          }

          @Override
          public void add(ReceivedLabel label) {
            stored.add(label);
          }

          @Override
          public void remove(ReceivedLabel label) {
            stored.remove(label);
          }

          @Override
          public List<ReceivedLabel> all() {
            return List.copyOf(stored);
          }

          @Override
          public Set<URI> labelledBy(URI issuer) {
            Set<URI> out = new LinkedHashSet<>();
            stored.stream()
                .filter(l -> l.issuer().equals(issuer) && l.labels())
                .forEach(l -> out.add(l.territory().orElseThrow()));
            return out;
          }
        };
  }

  JsonObject signed(String status) {
    return ObjectIntegrityProofs.createProof(
        CODEC.write(
            new LabelAttestation(
                    ATTESTATION, NATIONAL, MIRAMAS, status, LocalDate.of(2024, 4, 15), null)
                .toAsObject()),
        key.getPrivate(),
        KEY,
        NOW.minusSeconds(60));
  }

  void copy(JsonObject document, Change change) {
    String text = document.toString();
    RemoteObject copy =
        new RemoteObject(
            ATTESTATION, NATIONAL, CopyContents.of(CODEC.read(document), null, text), NOW);
    copies.put(ATTESTATION, copy);
    labels.onCopy(new RemoteCopyChanged(ATTESTATION, RemoteObjectKind.LABEL_ATTESTATION, change));
  }

  @Test
  void aVerifiedLabelLabelsItsTerritoryUntilRevoked() {
    copy(signed("LABELLED"), Change.CREATED);
    assertThat(labels.labelled()).containsExactly(MIRAMAS);

    copy(signed("WITHDRAWN"), Change.UPDATED);
    assertThat(labels.labelled()).isEmpty();
    assertThat(stored).hasSize(1);
    assertThat(stored.get(0).valid()).isTrue();
    assertThat(stored.get(0).labelStatus()).contains("WITHDRAWN");
  }

  @Test
  void aTamperedUpdateUnlabelsRatherThanKeepingTheOldVerdict() {
    copy(signed("LABELLED"), Change.CREATED);
    JsonObject tampered =
        Json.createObjectBuilder(signed("SUSPENDED")).add("labelStatus", "LABELLED").build();
    copy(tampered, Change.UPDATED);
    assertThat(labels.labelled()).isEmpty();
    assertThat(stored.get(0).valid()).isFalse();
  }

  @Test
  void aDeletedAttestationLabelsNobody() {
    copy(signed("LABELLED"), Change.CREATED);
    labels.onCopy(
        new RemoteCopyChanged(ATTESTATION, RemoteObjectKind.LABEL_ATTESTATION, Change.DELETED));
    assertThat(labels.labelled()).isEmpty();
    assertThat(stored).isEmpty();
  }

  @Test
  void anUnreachableNationalActorLabelsNobody() {
    nationalReachable = false;
    copy(signed("LABELLED"), Change.CREATED);
    assertThat(labels.labelled()).isEmpty();
    assertThat(stored.get(0).reason()).contains("could not be fetched");
  }

  @Test
  void otherKindsAreNotLooked() {
    labels.onCopy(new RemoteCopyChanged(ATTESTATION, RemoteObjectKind.PROJECT, Change.CREATED));
    assertThat(stored).isEmpty();
  }
}
