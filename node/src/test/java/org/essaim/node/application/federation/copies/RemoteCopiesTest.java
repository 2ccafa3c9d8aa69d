// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.copies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.essaim.node.application.federation.copies.CopyFixtures.LONS;
import static org.essaim.node.application.federation.copies.CopyFixtures.STRANGER;
import static org.essaim.node.application.federation.copies.CopyFixtures.T1;
import static org.essaim.node.application.federation.copies.CopyFixtures.T2;
import static org.essaim.node.application.federation.copies.CopyFixtures.VIERZON;
import static org.essaim.node.application.federation.copies.CopyFixtures.VIERZON_OTHER;
import static org.essaim.node.application.federation.copies.CopyFixtures.activity;
import static org.essaim.node.application.federation.copies.CopyFixtures.inbound;
import static org.essaim.node.application.federation.copies.CopyFixtures.project;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.essaim.federation.vocab.ActivityType;
import org.essaim.federation.vocab.As;
import org.essaim.federation.vocab.AsObject;
import org.essaim.federation.vocab.Literal;
import org.essaim.federation.vocab.Tombstone;
import org.essaim.node.application.NodeAddress;
import org.essaim.node.application.federation.HandlingOutcome;
import org.essaim.node.application.federation.HandlingOutcome.Status;
import org.essaim.node.domain.model.remote.CopyAudience;
import org.essaim.node.domain.model.remote.RemoteObject;
import org.essaim.node.domain.model.remote.RemoteObjectKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RemoteCopiesTest {

  static final URI RECYCLERIE = URI.create("https://vierzon.example/projects/recyclerie");

  CopyFixtures.Peers peers = new CopyFixtures.Peers(VIERZON, VIERZON_OTHER, LONS);
  CopyFixtures.Copies store = new CopyFixtures.Copies();
  CopyFixtures.Changes changes = new CopyFixtures.Changes();
  CopyFixtures.Documents remote = new CopyFixtures.Documents();
  RemoteCopyHandler handler = new RemoteCopyHandler();

  @BeforeEach
  void wire() {
    RemoteCopies copies = new RemoteCopies();
    copies.peers = peers;
    copies.copies = store;
    copies.changes = changes;
    copies.remote = remote;
    copies.clock = Clock.fixed(Instant.parse("2025-03-03T10:00:00Z"), ZoneOffset.UTC);
    copies.node = new NodeAddress(URI.create("https://lons.example"));
    handler.copies = copies;
  }

  HandlingOutcome create(URI actor, AsObject object) {
    return handler.handle(inbound(activity(ActivityType.CREATE, actor, object)));
  }

  HandlingOutcome update(URI actor, AsObject object) {
    return handler.handle(inbound(activity(ActivityType.UPDATE, actor, object)));
  }

  HandlingOutcome delete(URI actor, URI id) {
    return handler.handle(inbound(activity(ActivityType.DELETE, actor, id)));
  }

  RemoteObject copy(URI id) {
    return store.findByObjectId(id).orElseThrow();
  }

  @Test
  void claimsTheFourCopyActivities() {
    assertThat(handler.types()).containsExactlyInAnyOrder("Create", "Update", "Delete", "Announce");
  }

  @Test
  void aFollowedPeersCreateIsCopiedWithItsDisplayFields() {
    HandlingOutcome outcome = create(VIERZON, project(RECYCLERIE, VIERZON, "Recyclerie"));

    assertThat(outcome.status()).isEqualTo(Status.PROCESSED);
    RemoteObject copy = copy(RECYCLERIE);
    assertThat(copy.kind()).isEqualTo(RemoteObjectKind.PROJECT);
    assertThat(copy.audience()).isEqualTo(CopyAudience.PUBLIC);
    assertThat(copy.originActor()).isEqualTo(VIERZON);
    assertThat(copy.originHost()).isEqualTo("vierzon.example");
    assertThat(copy.name()).contains("Recyclerie");
    assertThat(copy.summary()).contains("Résumé de Recyclerie");
    assertThat(copy.themes()).containsExactly("circular-economy.repair");
    assertThat(copy.url()).contains(URI.create(RECYCLERIE + "/page"));
    assertThat(copy.published()).isPresent();
    assertThat(copy.document().orElseThrow()).contains("Recyclerie").contains("@context");
  }

  @Test
  void aCreateFromAnActorNotFollowedIsIgnored() {
    peers.followed.remove(VIERZON);

    HandlingOutcome outcome = create(VIERZON, project(RECYCLERIE, VIERZON, "Recyclerie"));

    assertThat(outcome.status()).isEqualTo(Status.IGNORED);
    assertThat(outcome.reason()).contains("not followed");
    assertThat(store.all).isEmpty();
  }

  @Test
  void anObjectOnAnotherOriginIsRejected() {
    URI elsewhere = URI.create("https://lons.example/projects/recyclerie");

    HandlingOutcome outcome = create(VIERZON, project(elsewhere, VIERZON, "Recyclerie"));

    assertThat(outcome.status()).isEqualTo(Status.REJECTED);
    assertThat(outcome.reason()).contains("origin");
    assertThat(store.all).isEmpty();
  }

  @Test
  void anObjectAttributedToSomeoneElseIsRejected() {
    HandlingOutcome outcome = create(VIERZON, project(RECYCLERIE, VIERZON_OTHER, "Recyclerie"));

    assertThat(outcome.status()).isEqualTo(Status.REJECTED);
    assertThat(outcome.reason()).contains("attributed");
  }

  @Test
  void anInvalidEssaimObjectIsRejected() {
    AsObject noStage =
        project(RECYCLERIE, VIERZON, "Recyclerie").toBuilder()
            .remove(org.essaim.federation.vocab.Essaim.STAGE)
            .build();

    HandlingOutcome outcome = create(VIERZON, noStage);

    assertThat(outcome.status()).isEqualTo(Status.REJECTED);
    assertThat(outcome.reason()).contains("not valid");
  }

  @Test
  void aSecondCreateOfTheSameObjectIsIgnored() {
    create(VIERZON, project(RECYCLERIE, VIERZON, "Recyclerie"));

    HandlingOutcome again = create(VIERZON, project(RECYCLERIE, VIERZON, "Recyclerie"));

    assertThat(again.status()).isEqualTo(Status.IGNORED);
    assertThat(store.all).hasSize(1);
  }

  @Test
  void aCreateByIdIsFetchedFromItsOrigin() {
    remote.serve(project(RECYCLERIE, VIERZON, "Recyclerie"));

    HandlingOutcome outcome =
        handler.handle(inbound(activity(ActivityType.CREATE, VIERZON, RECYCLERIE)));

    assertThat(outcome.status()).isEqualTo(Status.PROCESSED);
    assertThat(remote.fetches).containsExactly(RECYCLERIE);
    assertThat(copy(RECYCLERIE).name()).contains("Recyclerie");
  }

  @Test
  void deleteBeforeCreateLeavesATombstoneThatWins() {
    HandlingOutcome deleted = delete(VIERZON, RECYCLERIE);
    HandlingOutcome created = create(VIERZON, project(RECYCLERIE, VIERZON, "Recyclerie"));
    HandlingOutcome updated = update(VIERZON, project(RECYCLERIE, VIERZON, "Recyclerie", T2, true));

    assertThat(deleted.status()).isEqualTo(Status.PROCESSED);
    assertThat(deleted.reason()).contains("tombstone");
    assertThat(created.status()).isEqualTo(Status.IGNORED);
    assertThat(created.reason()).contains("tombstone wins");
    assertThat(updated.status()).isEqualTo(Status.IGNORED);
    assertThat(copy(RECYCLERIE).isDeleted()).isTrue();
    assertThat(copy(RECYCLERIE).document()).isEmpty();
  }

  @Test
  void aDeleteOfATombstoneMarksTheCopyDeletedAndDropsTheDocument() {
    create(VIERZON, project(RECYCLERIE, VIERZON, "Recyclerie"));
    AsObject tombstone =
        new Tombstone(RECYCLERIE, java.util.Optional.empty(), java.util.Optional.empty())
            .toAsObject();

    HandlingOutcome outcome =
        handler.handle(inbound(activity(ActivityType.DELETE, VIERZON, tombstone)));

    assertThat(outcome.status()).isEqualTo(Status.PROCESSED);
    RemoteObject copy = copy(RECYCLERIE);
    assertThat(copy.isDeleted()).isTrue();
    assertThat(copy.document()).isEmpty();
    assertThat(copy.name()).isEmpty();
    assertThat(delete(VIERZON, RECYCLERIE).status()).isEqualTo(Status.IGNORED);
  }

  @Test
  void aDeleteOfSomeoneElsesObjectIsRejected() {
    create(VIERZON, project(RECYCLERIE, VIERZON, "Recyclerie"));

    HandlingOutcome sameHost = delete(VIERZON_OTHER, RECYCLERIE);
    HandlingOutcome otherHost = delete(LONS, RECYCLERIE);

    assertThat(sameHost.status()).isEqualTo(Status.REJECTED);
    assertThat(otherHost.status()).isEqualTo(Status.REJECTED);
    assertThat(copy(RECYCLERIE).isDeleted()).isFalse();
  }

  @Test
  void anUpdateReplacesTheCopyOnlyWhenNewer() {
    create(VIERZON, project(RECYCLERIE, VIERZON, "Recyclerie", T1, true));

    HandlingOutcome older = update(VIERZON, project(RECYCLERIE, VIERZON, "Ancienne", T1, true));
    HandlingOutcome newer = update(VIERZON, project(RECYCLERIE, VIERZON, "Nouvelle", T2, true));
    HandlingOutcome stale = update(VIERZON, project(RECYCLERIE, VIERZON, "Périmée", T1, true));

    assertThat(older.status()).isEqualTo(Status.IGNORED);
    assertThat(newer.status()).isEqualTo(Status.PROCESSED);
    assertThat(stale.status()).isEqualTo(Status.IGNORED);
    assertThat(copy(RECYCLERIE).name()).contains("Nouvelle");
    assertThat(copy(RECYCLERIE).updated().orElseThrow().toInstant()).isEqualTo(T2);
  }

  @Test
  void eachChangeOfACopyIsAnnouncedToItsObserversAndNothingElse() {
    create(VIERZON, project(RECYCLERIE, VIERZON, "Recyclerie", T1, true));
    create(VIERZON, project(RECYCLERIE, VIERZON, "Recyclerie", T1, true));
    update(VIERZON, project(RECYCLERIE, VIERZON, "Ancienne", T1, true));
    update(VIERZON, project(RECYCLERIE, VIERZON, "Nouvelle", T2, true));
    delete(LONS, RECYCLERIE);
    delete(VIERZON, RECYCLERIE);
    delete(VIERZON, RECYCLERIE);

    assertThat(changes.fired)
        .containsExactly(
            new RemoteCopyChanged(
                RECYCLERIE, RemoteObjectKind.PROJECT, RemoteCopyChanged.Change.CREATED),
            new RemoteCopyChanged(
                RECYCLERIE, RemoteObjectKind.PROJECT, RemoteCopyChanged.Change.UPDATED),
            new RemoteCopyChanged(
                RECYCLERIE, RemoteObjectKind.PROJECT, RemoteCopyChanged.Change.DELETED));
  }

  @Test
  void anUpdateMayNarrowTheAudience() {
    create(VIERZON, project(RECYCLERIE, VIERZON, "Recyclerie", T1, true));

    update(VIERZON, project(RECYCLERIE, VIERZON, "Recyclerie", T2, false));

    assertThat(copy(RECYCLERIE).audience()).isEqualTo(CopyAudience.NETWORK);
  }

  @Test
  void anUpdateBeforeItsCreateFetchesTheObjectFromItsId() {
    remote.serve(project(RECYCLERIE, VIERZON, "Telle qu'à l'origine", T2, true));

    HandlingOutcome outcome =
        update(VIERZON, project(RECYCLERIE, VIERZON, "Telle que reçue", T2, true));

    assertThat(outcome.status()).isEqualTo(Status.PROCESSED);
    assertThat(outcome.reason()).contains("Update before Create");
    assertThat(remote.fetches).containsExactly(RECYCLERIE);
    assertThat(copy(RECYCLERIE).name()).contains("Telle qu'à l'origine");
  }

  @Test
  void anUpdateBeforeCreateWhoseOriginIsUnreachableIsRejected() {
    HandlingOutcome outcome = update(VIERZON, project(RECYCLERIE, VIERZON, "Recyclerie", T2, true));

    assertThat(outcome.status()).isEqualTo(Status.REJECTED);
    assertThat(outcome.reason()).contains("could not be fetched");
    assertThat(store.all).isEmpty();
  }

  @Test
  void anUpdateOfSomeoneElsesObjectIsRejected() {
    create(VIERZON, project(RECYCLERIE, VIERZON, "Recyclerie", T1, true));

    HandlingOutcome attributedElsewhere =
        update(VIERZON, project(RECYCLERIE, VIERZON_OTHER, "Volée", T2, true));
    HandlingOutcome copiedFromAnother =
        update(VIERZON_OTHER, project(RECYCLERIE, VIERZON_OTHER, "Volée", T2, true));

    assertThat(attributedElsewhere.status()).isEqualTo(Status.REJECTED);
    assertThat(copiedFromAnother.status()).isEqualTo(Status.REJECTED);
    assertThat(copy(RECYCLERIE).name()).contains("Recyclerie");
  }

  @Test
  void anUpdateOfAnActorIsNotACopy() {
    AsObject actor =
        org.essaim.federation.vocab.Actor.builder(
                org.essaim.federation.vocab.ActorType.ORGANIZATION,
                VIERZON,
                URI.create(VIERZON + "/inbox"))
            .build()
            .asObject();

    HandlingOutcome outcome =
        handler.handle(inbound(activity(ActivityType.UPDATE, VIERZON, actor)));

    assertThat(outcome.status()).isEqualTo(Status.IGNORED);
    assertThat(store.all).isEmpty();
  }

  @Test
  void anUpdateFromAnActorNotFollowedIsIgnored() {
    HandlingOutcome outcome =
        handler.handle(
            inbound(
                activity(
                    ActivityType.UPDATE,
                    STRANGER,
                    project(URI.create("https://stranger.example/p/1"), STRANGER, "X", T2, true))));

    assertThat(outcome.status()).isEqualTo(Status.IGNORED);
  }

  @Test
  void anUnaddressedObjectTakesTheAudienceOfItsActivity() {
    AsObject unaddressed =
        project(RECYCLERIE, VIERZON, "Recyclerie").toBuilder().remove(As.TO).build();

    create(VIERZON, unaddressed);

    assertThat(copy(RECYCLERIE).audience()).isEqualTo(CopyAudience.PUBLIC);
  }

  @Test
  void publishedAndUpdatedTimesAreKept() {
    create(
        VIERZON,
        project(RECYCLERIE, VIERZON, "Recyclerie").toBuilder()
            .set(As.PUBLISHED, Literal.dateTime(T2))
            .build());

    assertThat(copy(RECYCLERIE).published().orElseThrow().toInstant()).isEqualTo(T2);
  }

  @Test
  void thisNodesOwnObjectsAreNeverCopied() {
    URI own = URI.create("https://lons.example/projects/1");

    HandlingOutcome outcome = create(LONS, project(own, LONS, "Le nôtre"));

    assertThat(outcome.status()).isEqualTo(Status.IGNORED);
    assertThat(outcome.reason()).contains("own object");
    assertThat(store.all).isEmpty();
  }
}
