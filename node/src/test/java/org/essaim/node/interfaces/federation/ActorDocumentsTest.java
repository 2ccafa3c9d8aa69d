// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.federation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.ZoneId;
import java.util.List;
import org.essaim.federation.jsonld.ActivityStreamsCodec;
import org.essaim.federation.keys.KeyPairs;
import org.essaim.federation.keys.Multikey;
import org.essaim.federation.keys.PemKeys;
import org.essaim.federation.vocab.Actor;
import org.essaim.federation.vocab.ActorType;
import org.essaim.federation.vocab.Collection;
import org.essaim.federation.vocab.essaim.Territory;
import org.essaim.node.domain.model.territory.LabelStatus;
import org.essaim.node.domain.model.territory.TerritoryProfile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ActorDocumentsTest {

  static final FederationUrls URLS = new FederationUrls("https://lons.essaim.example");
  static final ActivityStreamsCodec CODEC = new ActivityStreamsCodec();
  static KeyPair rsa;
  static KeyPair ed25519;

  static final TerritoryProfile PROFILE =
      new TerritoryProfile(
          "Lons-le-Saunier",
          "Crépîte",
          "FR",
          ZoneId.of("Europe/Paris"),
          List.of(),
          List.of(),
          LabelStatus.LABELLED,
          "contact@crepite.example",
          URI.create("https://crepite.example"));

  @BeforeAll
  static void keys() {
    rsa = KeyPairs.generateRsa2048();
    ed25519 = KeyPairs.generateEd25519();
  }

  /** Written by the library, read back by the library, as a peer would. */
  private static Actor roundTrip(Actor actor) {
    return new Actor(CODEC.read(CODEC.writeBytes(actor.asObject())));
  }

  @Test
  void theTerritoryActorCarriesItsAddressesAndBothKeys() {
    Actor actor =
        roundTrip(
            ActorDocuments.territory(
                URLS, "lons-le-saunier", PROFILE, rsa.getPublic(), ed25519.getPublic()));

    assertThat(actor.id()).isEqualTo(URI.create("https://lons.essaim.example/actors/territory"));
    assertThat(actor.type()).contains(ActorType.ORGANIZATION);
    assertThat(actor.inbox()).isEqualTo(URLS.territoryInbox());
    assertThat(actor.outbox()).contains(URLS.territoryOutbox());
    assertThat(actor.followers()).contains(URLS.territoryFollowers());
    assertThat(actor.following()).contains(URLS.territoryFollowing());
    assertThat(actor.sharedInbox()).contains(URI.create("https://lons.essaim.example/inbox"));
    assertThat(actor.preferredUsername()).contains("lons-le-saunier");
    assertThat(actor.name()).contains("Lons-le-Saunier");
    assertThat(actor.manuallyApprovesFollowers()).isTrue();
    assertThat(actor.asObject().reference(org.essaim.federation.vocab.As.URL))
        .contains(URI.create("https://crepite.example"));

    assertThat(actor.publicKeys()).hasSize(1);
    var key = actor.publicKeys().get(0);
    assertThat(key.id()).isEqualTo(URI.create(actor.id() + "#main-key"));
    assertThat(key.owner()).isEqualTo(actor.id());
    assertThat(PemKeys.decodePublicKey(key.publicKeyPem())).isEqualTo(rsa.getPublic());

    assertThat(actor.assertionMethods()).hasSize(1);
    var multikey = actor.assertionMethods().get(0);
    assertThat(multikey.id()).isEqualTo(URI.create(actor.id() + "#ed25519-key"));
    assertThat(multikey.controller()).isEqualTo(actor.id());
    assertThat(Multikey.decodePublicKey(multikey.publicKeyMultibase()).getEncoded())
        .isEqualTo(ed25519.getPublic().getEncoded());
  }

  @Test
  void theTerritoryActorIsAlsoTheTerritoryProfile() {
    Actor actor =
        roundTrip(
            ActorDocuments.territory(
                URLS, "lons-le-saunier", PROFILE, rsa.getPublic(), ed25519.getPublic()));

    Territory territory = Territory.from(actor.asObject());
    assertThat(territory.name()).isEqualTo("Lons-le-Saunier");
    assertThat(territory.localBrandName()).isEqualTo("Crépîte");
    assertThat(territory.labelStatus()).isEqualTo("LABELLED");
    assertThat(territory.country()).isEqualTo("FR");
    assertThat(territory.timeZone()).isEqualTo(ZoneId.of("Europe/Paris"));
    assertThat(territory.publicContact()).isEqualTo("contact@crepite.example");
  }

  @Test
  void withoutAWebsiteTheActorPointsAtTheNode() {
    TerritoryProfile bare = TerritoryProfile.initial("Mon territoire", "FR", ZoneId.of("UTC"));
    Actor actor =
        roundTrip(
            ActorDocuments.territory(
                URLS, "mon-territoire", bare, rsa.getPublic(), ed25519.getPublic()));

    assertThat(actor.asObject().reference(org.essaim.federation.vocab.As.URL))
        .contains(URI.create("https://lons.essaim.example/"));
  }

  @Test
  void theInstanceActorIsAnApplicationWithItsOwnKey() {
    KeyPair instanceKey = KeyPairs.generateRsa2048();
    Actor actor = roundTrip(ActorDocuments.instance(URLS, instanceKey.getPublic()));

    assertThat(actor.id()).isEqualTo(URI.create("https://lons.essaim.example/actors/instance"));
    assertThat(actor.type()).contains(ActorType.APPLICATION);
    assertThat(actor.preferredUsername()).contains("lons.essaim.example");
    assertThat(actor.publicKeys()).hasSize(1);
    assertThat(actor.publicKeys().get(0).id())
        .isEqualTo(URI.create("https://lons.essaim.example/actors/instance#main-key"));
    assertThat(PemKeys.decodePublicKey(actor.publicKeys().get(0).publicKeyPem()))
        .isEqualTo(instanceKey.getPublic());
    assertThat(actor.assertionMethods()).isEmpty();
  }

  @Test
  void noPrivateKeyMaterialIsWritten() {
    String json =
        new String(
            CODEC.writeBytes(
                ActorDocuments.territory(
                        URLS, "lons", PROFILE, rsa.getPublic(), ed25519.getPublic())
                    .asObject()),
            StandardCharsets.UTF_8);

    assertThat(json).doesNotContain("PRIVATE");
    assertThat(json).doesNotContain(Multikey.encodeEd25519PrivateKey(ed25519.getPrivate()));
    assertThat(json).contains("\"publicKeyPem\"").contains("\"publicKeyMultibase\"");
  }

  @Test
  void collectionsStartEmpty() {
    Collection outbox =
        new Collection(
            CODEC.read(
                CODEC.writeBytes(
                    ActorDocuments.emptyCollection(URLS.territoryOutbox()).asObject())));

    assertThat(outbox.isOrdered()).isTrue();
    assertThat(outbox.totalItems()).contains(0L);
    assertThat(outbox.asObject().id()).contains(URLS.territoryOutbox());
  }
}
