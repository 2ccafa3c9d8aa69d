// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.copies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.essaim.node.application.federation.copies.CopyFixtures.CODEC;
import static org.essaim.node.application.federation.copies.CopyFixtures.LONS;
import static org.essaim.node.application.federation.copies.CopyFixtures.STRANGER;
import static org.essaim.node.application.federation.copies.CopyFixtures.VIERZON;
import static org.essaim.node.application.federation.copies.CopyFixtures.activity;
import static org.essaim.node.application.federation.copies.CopyFixtures.fetched;
import static org.essaim.node.application.federation.copies.CopyFixtures.inbound;
import static org.essaim.node.application.federation.copies.CopyFixtures.project;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.essaim.federation.keys.KeyPairs;
import org.essaim.federation.keys.Multikey;
import org.essaim.federation.proof.ObjectIntegrityProofs;
import org.essaim.federation.vocab.ActivityType;
import org.essaim.federation.vocab.Actor;
import org.essaim.federation.vocab.ActorType;
import org.essaim.federation.vocab.AsObject;
import org.essaim.federation.vocab.MultikeyMethod;
import org.essaim.node.application.NodeAddress;
import org.essaim.node.application.federation.HandlingOutcome;
import org.essaim.node.application.federation.HandlingOutcome.Status;
import org.essaim.node.domain.model.remote.RemoteObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Lons re-shares Vierzon's solution: the object is only ever taken from Vierzon. */
class AnnounceTest {

  static final URI RECYCLERIE = URI.create("https://vierzon.example/projects/recyclerie");
  static final URI VIERZON_KEY = URI.create(VIERZON + "#ed25519-key");
  static final Instant NOW = Instant.parse("2025-03-03T10:00:00Z");

  CopyFixtures.Peers peers = new CopyFixtures.Peers(LONS);
  CopyFixtures.Copies store = new CopyFixtures.Copies();
  CopyFixtures.Changes changes = new CopyFixtures.Changes();
  CopyFixtures.Documents remote = new CopyFixtures.Documents();
  RemoteCopyHandler handler = new RemoteCopyHandler();
  KeyPair vierzonKey = KeyPairs.generateEd25519();

  @BeforeEach
  void wire() {
    RemoteCopies copies = new RemoteCopies();
    copies.peers = peers;
    copies.copies = store;
    copies.changes = changes;
    copies.remote = remote;
    copies.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    copies.node = new NodeAddress(URI.create("https://essaim.local.example"));
    handler.copies = copies;
    remote.actors.put(
        VIERZON,
        Actor.builder(ActorType.ORGANIZATION, VIERZON, URI.create(VIERZON + "/inbox"))
            .assertionMethod(
                new MultikeyMethod(
                    VIERZON_KEY, VIERZON, Multikey.encodePublicKey(vierzonKey.getPublic())))
            .build());
  }

  HandlingOutcome announce(URI announcer, URI objectId) {
    return handler.handle(inbound(activity(ActivityType.ANNOUNCE, announcer, objectId)));
  }

  HandlingOutcome announce(URI announcer, AsObject embedded) {
    return handler.handle(inbound(activity(ActivityType.ANNOUNCE, announcer, embedded)));
  }

  JsonObject signed(AsObject object) {
    return ObjectIntegrityProofs.createProof(
        CODEC.write(object), vierzonKey.getPrivate(), VIERZON_KEY, NOW.minusSeconds(60));
  }

  @Test
  void anAnnouncedObjectIsFetchedFromItsOriginAndCopiedWithWhoAnnouncedIt() {
    remote.serve(project(RECYCLERIE, VIERZON, "Recyclerie"));

    HandlingOutcome outcome = announce(LONS, RECYCLERIE);

    assertThat(outcome.status()).isEqualTo(Status.PROCESSED);
    assertThat(remote.fetches).containsExactly(RECYCLERIE);
    RemoteObject copy = store.findByObjectId(RECYCLERIE).orElseThrow();
    assertThat(copy.originActor()).isEqualTo(VIERZON);
    assertThat(copy.announcedBy()).contains(LONS);
  }

  @Test
  void anEmbeddedObjectEqualToTheOriginsIsAccepted() {
    AsObject original = project(RECYCLERIE, VIERZON, "Recyclerie");
    remote.serve(original);

    assertThat(announce(LONS, original).status()).isEqualTo(Status.PROCESSED);
  }

  @Test
  void anEmbeddedObjectDifferingFromTheOriginsIsRejectedAsForged() {
    remote.serve(project(RECYCLERIE, VIERZON, "Recyclerie"));

    HandlingOutcome outcome = announce(LONS, project(RECYCLERIE, VIERZON, "Recyclerie à vendre"));

    assertThat(outcome.status()).isEqualTo(Status.REJECTED);
    assertThat(outcome.reason()).contains("forged");
    assertThat(store.all).isEmpty();
  }

  @Test
  void anUnreachableOriginRejectsTheAnnounce() {
    HandlingOutcome outcome = announce(LONS, project(RECYCLERIE, VIERZON, "Recyclerie"));

    assertThat(outcome.status()).isEqualTo(Status.REJECTED);
    assertThat(outcome.reason()).contains("could not be fetched");
    assertThat(store.all).isEmpty();
  }

  @Test
  void anObjectAttributedToAnActorOfAnotherOriginIsRejected() {
    remote.serve(project(RECYCLERIE, STRANGER, "Recyclerie"));

    HandlingOutcome outcome = announce(LONS, RECYCLERIE);

    assertThat(outcome.status()).isEqualTo(Status.REJECTED);
    assertThat(outcome.reason()).contains("origin of its author");
  }

  @Test
  void anAnnounceFromAnActorNotFollowedIsIgnored() {
    remote.serve(project(RECYCLERIE, VIERZON, "Recyclerie"));

    HandlingOutcome outcome = announce(STRANGER, RECYCLERIE);

    assertThat(outcome.status()).isEqualTo(Status.IGNORED);
    assertThat(remote.fetches).isEmpty();
  }

  @Test
  void anObjectOfABlockedAuthorIsIgnored() {
    peers.blocked.add(VIERZON);
    remote.serve(project(RECYCLERIE, VIERZON, "Recyclerie"));

    assertThat(announce(LONS, RECYCLERIE).status()).isEqualTo(Status.IGNORED);
    assertThat(store.all).isEmpty();
  }

  @Test
  void aValidProofByTheAuthorsKeyIsAccepted() {
    remote.documents.put(RECYCLERIE, fetched(signed(project(RECYCLERIE, VIERZON, "Recyclerie"))));

    HandlingOutcome outcome = announce(LONS, RECYCLERIE);

    assertThat(outcome.status()).isEqualTo(Status.PROCESSED);
  }

  @Test
  void aTamperedProofRejectsTheAnnounce() {
    JsonObject signed = signed(project(RECYCLERIE, VIERZON, "Recyclerie"));
    JsonObject tampered =
        Json.createObjectBuilder(signed).add("name", "Recyclerie à vendre").build();
    remote.documents.put(RECYCLERIE, fetched(tampered));

    HandlingOutcome outcome = announce(LONS, RECYCLERIE);

    assertThat(outcome.status()).isEqualTo(Status.REJECTED);
    assertThat(outcome.reason()).contains("proof");
    assertThat(store.all).isEmpty();
  }

  @Test
  void aProofByAKeyThatIsNotTheAuthorsIsRejected() {
    KeyPair other = KeyPairs.generateEd25519();
    JsonObject signed =
        ObjectIntegrityProofs.createProof(
            CODEC.write(project(RECYCLERIE, VIERZON, "Recyclerie")),
            other.getPrivate(),
            URI.create(LONS + "#ed25519-key"),
            NOW.minusSeconds(60));
    remote.documents.put(RECYCLERIE, fetched(signed));

    assertThat(announce(LONS, RECYCLERIE).status()).isEqualTo(Status.REJECTED);
  }

  @Test
  void anAnnounceOfThisNodesOwnObjectIsIgnoredWithoutFetching() {
    URI own = URI.create("https://essaim.local.example/projects/1");

    HandlingOutcome outcome = announce(LONS, own);

    assertThat(outcome.status()).isEqualTo(Status.IGNORED);
    assertThat(remote.fetches).isEmpty();
  }
}
