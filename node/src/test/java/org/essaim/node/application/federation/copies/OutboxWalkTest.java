// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.copies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.essaim.node.application.federation.copies.CopyFixtures.LONS;
import static org.essaim.node.application.federation.copies.CopyFixtures.VIERZON;
import static org.essaim.node.application.federation.copies.CopyFixtures.activity;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.essaim.federation.vocab.Activity;
import org.essaim.federation.vocab.ActivityType;
import org.essaim.federation.vocab.Actor;
import org.essaim.federation.vocab.ActorType;
import org.essaim.federation.vocab.Collection;
import org.essaim.federation.vocab.IriReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Vierzon's outbox: two pages of Creates, newest first. */
class OutboxWalkTest {

  static final URI OUTBOX = URI.create(VIERZON + "/outbox");
  static final URI PAGE_1 = URI.create(OUTBOX + "?page=1");
  static final URI PAGE_2 = URI.create(OUTBOX + "?page=2");

  CopyFixtures.Copies store = new CopyFixtures.Copies();
  CopyFixtures.Changes changes = new CopyFixtures.Changes();
  CopyFixtures.Documents remote = new CopyFixtures.Documents();
  RemoteCopies copies = new RemoteCopies();
  List<String> progress = new ArrayList<>();

  static URI projectId(int n) {
    return URI.create("https://vierzon.example/projects/" + n);
  }

  static Activity create(int n) {
    return activity(
        ActivityType.CREATE, VIERZON, CopyFixtures.project(projectId(n), VIERZON, "Projet " + n));
  }

  @BeforeEach
  void peer() {
    copies.peers = new CopyFixtures.Peers(VIERZON);
    copies.copies = store;
    copies.changes = changes;
    copies.remote = remote;
    copies.clock = Clock.fixed(Instant.parse("2025-03-03T10:00:00Z"), ZoneOffset.UTC);
    remote.actors.put(
        VIERZON,
        Actor.builder(ActorType.ORGANIZATION, VIERZON, URI.create(VIERZON + "/inbox"))
            .outbox(OUTBOX)
            .name("Vierzon", "fr")
            .build());
    remote.serve(
        Collection.builder(OUTBOX, true, false).totalItems(5).first(PAGE_1).build().asObject());
    // Page 1 names its last Create by id only: the walk fetches it.
    Activity byId = create(3);
    remote.serve(byId.asObject());
    remote.serve(
        Collection.builder(PAGE_1, true, true)
            .partOf(OUTBOX)
            .next(PAGE_2)
            .item(create(5).asObject())
            .item(create(4).asObject())
            .item(new IriReference(byId.id().orElseThrow()))
            .build()
            .asObject());
    remote.serve(
        Collection.builder(PAGE_2, true, true)
            .partOf(OUTBOX)
            .prev(PAGE_1)
            .item(create(2).asObject())
            .item(
                activity(ActivityType.LIKE, VIERZON, URI.create("https://lons.example/p/9"))
                    .asObject())
            .item(create(1).asObject())
            .build()
            .asObject());
  }

  OutboxWalk.Summary walk(int maxItems, URI resumeAt) {
    return new OutboxWalk(remote, copies::importCreate, maxItems)
        .walk(
            VIERZON,
            resumeAt,
            0,
            (next, imported, seen) -> progress.add(next + " " + imported + "/" + seen));
  }

  @Test
  void walksEveryPageAndImportsTheCreatedObjects() {
    OutboxWalk.Summary summary = walk(10_000, null);

    assertThat(summary.imported()).isEqualTo(5);
    assertThat(summary.seen()).isEqualTo(6);
    assertThat(summary.reason()).contains("end of the outbox");
    assertThat(store.all).hasSize(5);
    assertThat(store.all.get(0).originName()).contains("Vierzon");
    assertThat(progress).containsExactly(PAGE_2 + " 3/3", "null 2/3");
  }

  @Test
  void aSecondWalkImportsNothingAndStopsAtTheFirstKnownPage() {
    walk(10_000, null);
    progress.clear();

    OutboxWalk.Summary again = walk(10_000, null);

    assertThat(again.imported()).isZero();
    assertThat(again.reason()).contains("already imported");
    assertThat(store.all).hasSize(5);
    assertThat(progress).containsExactly("null 0/3");
  }

  @Test
  void newItemsOnTheFirstPageAreImportedThenTheWalkStopsAtKnownOnes() {
    walk(10_000, null);
    store.all.removeIf(c -> c.objectId().equals(projectId(5)));

    OutboxWalk.Summary again = walk(10_000, null);

    assertThat(again.imported()).isEqualTo(1);
    assertThat(store.all).hasSize(5);
  }

  @Test
  void stopsAtTheItemLimit() {
    OutboxWalk.Summary summary = walk(2, null);

    assertThat(summary.seen()).isEqualTo(2);
    assertThat(summary.reason()).contains("limit");
    assertThat(store.all).hasSize(2);
    assertThat(progress).containsExactly("null 2/2");
  }

  @Test
  void resumesAtTheSavedPage() {
    OutboxWalk.Summary summary = walk(10_000, PAGE_2);

    assertThat(summary.imported()).isEqualTo(2);
    assertThat(store.all).extracting(c -> c.objectId()).containsExactly(projectId(2), projectId(1));
  }

  @Test
  void aCreateOfAnotherActorInTheOutboxIsNotImported() {
    URI page = URI.create(OUTBOX + "?page=forged");
    remote.serve(Collection.builder(OUTBOX, true, false).first(page).build().asObject());
    remote.serve(
        Collection.builder(page, true, true)
            .item(
                activity(
                        ActivityType.CREATE,
                        LONS,
                        CopyFixtures.project(URI.create("https://lons.example/p/1"), LONS, "Lons"))
                    .asObject())
            .build()
            .asObject());

    OutboxWalk.Summary summary = walk(10_000, null);

    assertThat(summary.imported()).isZero();
    assertThat(store.all).isEmpty();
  }

  @Test
  void aPageOnAnotherOriginStopsTheWalk() {
    assertThatThrownBy(() -> walk(10_000, URI.create("https://lons.example/outbox?page=1")))
        .isInstanceOf(RemoteFetchException.class)
        .hasMessageContaining("origin");
  }

  @Test
  void anActorWithoutOutboxFails() {
    remote.actors.put(
        VIERZON,
        Actor.builder(ActorType.ORGANIZATION, VIERZON, URI.create(VIERZON + "/inbox")).build());

    assertThatThrownBy(() -> walk(10_000, null)).isInstanceOf(RemoteFetchException.class);
  }

  @Test
  void anEmptyPageEndsTheWalkEvenWhenItNamesANextOne() {
    URI empty = URI.create(OUTBOX + "?page=empty");
    remote.serve(Collection.builder(OUTBOX, true, false).first(empty).build().asObject());
    remote.serve(
        Collection.builder(empty, true, true)
            .next(URI.create(OUTBOX + "?page=empty-2"))
            .build()
            .asObject());

    OutboxWalk.Summary summary = walk(10_000, null);

    assertThat(summary.reason()).contains("empty page");
    assertThat(progress).containsExactly("null 0/0");
  }

  @Test
  void eachPageIsImportedInOneScopeWithItsFetchesDoneBefore() {
    URI create3 = create(3).id().orElseThrow();
    List<String> events = new ArrayList<>();
    OutboxWalk.Importer importer =
        (actor, create, name) -> {
          events.add("import " + create.objectId().orElseThrow());
          return copies.importCreate(actor, create, name);
        };
    OutboxWalk.PageScope scope =
        imports -> {
          events.add("begin, create 3 fetched: " + remote.fetches.contains(create3));
          imports.run();
          events.add("commit");
        };

    OutboxWalk.Summary summary =
        new OutboxWalk(remote, importer, 10_000, scope).walk(VIERZON, null, 0, (n, i, s) -> {});

    assertThat(summary.imported()).isEqualTo(5);
    // Page 1's third Create is named by id: fetched before its page's scope opens.
    assertThat(events)
        .containsExactly(
            "begin, create 3 fetched: true",
            "import " + projectId(5),
            "import " + projectId(4),
            "import " + projectId(3),
            "commit",
            "begin, create 3 fetched: true",
            "import " + projectId(2),
            "import " + projectId(1),
            "commit");
  }

  @Test
  void aFailingImportEscapesThePageScope() {
    List<String> scopes = new ArrayList<>();
    OutboxWalk.PageScope scope =
        imports -> {
          scopes.add("begin");
          imports.run(); // a transaction would roll back here
          scopes.add("commit");
        };
    OutboxWalk.Importer failing =
        (actor, create, name) -> {
          throw new IllegalStateException("database down");
        };

    assertThatThrownBy(
            () ->
                new OutboxWalk(remote, failing, 10_000, scope)
                    .walk(VIERZON, null, 0, (n, i, s) -> progress.add("page")))
        .isInstanceOf(IllegalStateException.class);
    assertThat(scopes).containsExactly("begin");
    assertThat(progress).isEmpty();
  }
}
