// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.essaim.federation.vocab.As;
import org.essaim.federation.vocab.Essaim;
import org.junit.jupiter.api.Test;

class RemoteObjectTest {

  static final URI ID = URI.create("https://vierzon.example/projects/1");
  static final URI ACTOR = URI.create("https://vierzon.example/actors/territory");
  static final Instant T1 = Instant.parse("2025-03-01T10:00:00Z");
  static final Instant T2 = Instant.parse("2025-03-02T10:00:00Z");

  static CopyContent content(Instant updated) {
    return new CopyContent(
        RemoteObjectKind.PROJECT,
        CopyAudience.PUBLIC,
        "{}",
        "Recyclerie",
        "Résumé",
        List.of("circular-economy.repair", "food"),
        URI.create("https://vierzon.example/p/1"),
        T1,
        updated);
  }

  @Test
  void aNewerVersionIsOneDatedLaterOrDatedWhenTheCopyIsNot() {
    RemoteObject undated = new RemoteObject(ID, ACTOR, content(null), T1);
    RemoteObject dated = new RemoteObject(ID, ACTOR, content(T1), T1);

    assertThat(undated.isOlderThan(T1)).isTrue();
    assertThat(undated.isOlderThan(null)).isFalse();
    assertThat(dated.isOlderThan(T2)).isTrue();
    assertThat(dated.isOlderThan(T1)).isFalse();
    assertThat(dated.isOlderThan(null)).isFalse();
  }

  @Test
  void deletingDropsTheDocumentAndWhatWasShown() {
    RemoteObject copy = new RemoteObject(ID, ACTOR, content(T1), T1);
    copy.announcedBy(URI.create("https://lons.example/actors/territory"));

    copy.delete(T2);

    assertThat(copy.isDeleted()).isTrue();
    assertThat(copy.document()).isEmpty();
    assertThat(copy.name()).isEmpty();
    assertThat(copy.summary()).isEmpty();
    assertThat(copy.themes()).isEmpty();
    assertThat(copy.url()).isEmpty();
    assertThat(copy.announcedBy()).isEmpty();
    assertThat(copy.objectId()).isEqualTo(ID);
  }

  @Test
  void aTombstoneHasNoDocumentAndIsNetworkOnly() {
    RemoteObject tombstone = RemoteObject.tombstone(ID, ACTOR, RemoteObjectKind.OTHER, T1);

    assertThat(tombstone.isDeleted()).isTrue();
    assertThat(tombstone.document()).isEmpty();
    assertThat(tombstone.audience()).isEqualTo(CopyAudience.NETWORK);
  }

  @Test
  void themesRoundTrip() {
    assertThat(new RemoteObject(ID, ACTOR, content(T1), T1).themes())
        .containsExactly("circular-economy.repair", "food");
  }

  @Test
  void theOriginHostKeepsAPortOtherThanTheDefault() {
    assertThat(RemoteObject.host(URI.create("https://Vierzon.example/a")))
        .isEqualTo("vierzon.example");
    assertThat(RemoteObject.host(URI.create("http://127.0.0.1:8080/a")))
        .isEqualTo("127.0.0.1:8080");
  }

  @Test
  void kindsComeFromEssaimTypesFirst() {
    assertThat(RemoteObjectKind.of(Set.of(As.ARTICLE, Essaim.PROJECT)))
        .isEqualTo(RemoteObjectKind.PROJECT);
    assertThat(RemoteObjectKind.of(Set.of(As.ARTICLE, Essaim.METHOD_SHEET)))
        .isEqualTo(RemoteObjectKind.METHOD_SHEET);
    assertThat(RemoteObjectKind.of(Set.of(Essaim.TRANSFERABLE_SOLUTION)))
        .isEqualTo(RemoteObjectKind.SOLUTION);
    assertThat(RemoteObjectKind.of(Set.of(Essaim.CHALLENGE))).isEqualTo(RemoteObjectKind.CHALLENGE);
    assertThat(RemoteObjectKind.of(Set.of(As.EVENT))).isEqualTo(RemoteObjectKind.EVENT);
    assertThat(RemoteObjectKind.of(Set.of(As.NOTE))).isEqualTo(RemoteObjectKind.OTHER);
    assertThat(RemoteObjectKind.ofFormerType(Essaim.PROJECT)).isEqualTo(RemoteObjectKind.PROJECT);
    assertThat(RemoteObjectKind.ofFormerType(null)).isEqualTo(RemoteObjectKind.OTHER);
  }

  @Test
  void aBackfillRunAdvancesFinishesFailsAndRestarts() {
    BackfillRun run = new BackfillRun(ACTOR, T1);
    assertThat(run.state()).isEqualTo(BackfillState.RUNNING);

    run.advance(URI.create("https://vierzon.example/outbox?page=2"), 3, 4, T1);
    run.advance(null, 1, 2, T2);
    assertThat(run.importedCount()).isEqualTo(4);
    assertThat(run.seenCount()).isEqualTo(6);
    assertThat(run.nextPage()).isEmpty();

    run.fail("x".repeat(2000), T2);
    assertThat(run.state()).isEqualTo(BackfillState.FAILED);
    assertThat(run.lastError().orElseThrow()).hasSize(BackfillRun.MAX_ERROR_LENGTH);

    run.restart(T2);
    assertThat(run.state()).isEqualTo(BackfillState.RUNNING);
    assertThat(run.importedCount()).isZero();
    assertThat(run.lastError()).isEmpty();

    run.finish(T2);
    assertThat(run.state()).isEqualTo(BackfillState.DONE);
  }
}
