// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.essaim.federation.jsonld.ActivityStreamsCodec;
import org.essaim.federation.vocab.essaim.KeyFigures;
import org.essaim.node.application.federation.copies.RemoteCopyChanged;
import org.essaim.node.application.federation.copies.RemoteCopyChanged.Change;
import org.essaim.node.application.federation.figures.KeyFiguresSnapshots.Outcome;
import org.essaim.node.domain.model.figures.Count;
import org.essaim.node.domain.model.remote.CopyAudience;
import org.essaim.node.domain.model.remote.CopyContent;
import org.essaim.node.domain.model.remote.RemoteObject;
import org.essaim.node.domain.model.remote.RemoteObjectKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The history of followed territories' figures, from the changes of their copies. */
class KeyFiguresSnapshotsTest {

  static final URI GRENOBLE = URI.create("https://grenoble.example/actors/territory");
  static final URI MIRAMAS = URI.create("https://miramas.example/actors/territory");
  static final URI FIGURES = URI.create("https://grenoble.example/objects/key-figures/1");
  static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  final FiguresFakes.Copies copies = new FiguresFakes.Copies();
  final FiguresFakes.Snapshots snapshots = new FiguresFakes.Snapshots();
  final KeyFiguresSnapshots observer = new KeyFiguresSnapshots();

  @BeforeEach
  void wire() {
    observer.copies = copies;
    observer.snapshots = snapshots;
    observer.clock = Clock.fixed(NOW, ZoneOffset.UTC);
  }

  static KeyFigures figures(URI territory, Long participants) {
    return new KeyFigures(
        FIGURES,
        GRENOBLE,
        territory,
        "2026",
        null,
        null,
        null,
        participants,
        73L,
        12L,
        3L,
        null,
        30L,
        List.of(new KeyFigures.Cell("launched", 7L), new KeyFigures.Cell("idea", null)),
        List.of(new KeyFigures.Cell("food", 5L)));
  }

  private void copy(URI id, URI origin, RemoteObjectKind kind, String document) {
    copies.add(
        new RemoteObject(
            id,
            origin,
            new CopyContent(
                kind, CopyAudience.PUBLIC, document, null, null, List.of(), null, NOW, NOW),
            NOW));
  }

  private static String text(KeyFigures figures) {
    return new ActivityStreamsCodec().writeString(figures.toAsObject());
  }

  private static RemoteCopyChanged created(URI id) {
    return new RemoteCopyChanged(id, RemoteObjectKind.KEY_FIGURES, Change.CREATED);
  }

  @Test
  void aTerritorysOwnFiguresAreRecordedWithWithheldValuesKept() {
    copy(FIGURES, GRENOBLE, RemoteObjectKind.KEY_FIGURES, text(figures(GRENOBLE, null)));
    assertThat(observer.record(created(FIGURES))).isEqualTo(Outcome.RECORDED);
    assertThat(snapshots.rows).hasSize(1);
    var snapshot = snapshots.rows.get(0);
    assertThat(snapshot.territoryActor()).isEqualTo(GRENOBLE);
    assertThat(snapshot.receivedAt()).isEqualTo(NOW);
    assertThat(snapshot.figuresUpdated()).contains(NOW);
    assertThat(snapshot.figures().participants().isSuppressed()).isTrue();
    assertThat(snapshot.figures().dreams().isSuppressed()).isTrue();
    assertThat(snapshot.figures().engagedPeople()).isEqualTo(Count.of(73));
    assertThat(snapshot.figures().projectsByStage().get(1).count().isSuppressed()).isTrue();
  }

  @Test
  void theSameFiguresAgainAddNothingNewOnesAddARow() {
    copy(FIGURES, GRENOBLE, RemoteObjectKind.KEY_FIGURES, text(figures(GRENOBLE, 1250L)));
    observer.record(created(FIGURES));
    assertThat(
            observer.record(
                new RemoteCopyChanged(FIGURES, RemoteObjectKind.KEY_FIGURES, Change.UPDATED)))
        .isEqualTo(Outcome.UNCHANGED);
    copies.byId.clear();
    copy(FIGURES, GRENOBLE, RemoteObjectKind.KEY_FIGURES, text(figures(GRENOBLE, 1300L)));
    assertThat(
            observer.record(
                new RemoteCopyChanged(FIGURES, RemoteObjectKind.KEY_FIGURES, Change.UPDATED)))
        .isEqualTo(Outcome.RECORDED);
    assertThat(snapshots.rows).hasSize(2);
  }

  @Test
  void malformedFiguresAreLeftOutWithoutFailingTheCopy() {
    copy(FIGURES, GRENOBLE, RemoteObjectKind.KEY_FIGURES, "{\"not\": \"json-ld");
    assertThat(observer.record(created(FIGURES))).isEqualTo(Outcome.MALFORMED);
    copies.byId.clear();
    String noPeriod =
        text(figures(GRENOBLE, 1250L)).replace("\"period\":\"2026\",", "").replace("2026", "x");
    copy(FIGURES, GRENOBLE, RemoteObjectKind.KEY_FIGURES, noPeriod);
    assertThat(observer.record(created(FIGURES))).isEqualTo(Outcome.MALFORMED);
    copies.byId.clear();
    copy(FIGURES, GRENOBLE, RemoteObjectKind.KEY_FIGURES, "{\"type\":\"Note\"}");
    assertThat(observer.record(created(FIGURES))).isEqualTo(Outcome.MALFORMED);
    assertThat(snapshots.rows).isEmpty();
  }

  @Test
  void figuresAboutAnotherTerritoryOrTheNetworkAreForeign() {
    copy(FIGURES, GRENOBLE, RemoteObjectKind.KEY_FIGURES, text(figures(MIRAMAS, 1250L)));
    assertThat(observer.record(created(FIGURES))).isEqualTo(Outcome.FOREIGN);
    copies.byId.clear();
    copy(FIGURES, GRENOBLE, RemoteObjectKind.KEY_FIGURES, text(figures(null, 1250L)));
    assertThat(observer.record(created(FIGURES))).isEqualTo(Outcome.FOREIGN);
    copies.byId.clear();
    // Copied from another origin than its publisher (RemoteCopies would not do it; still checked).
    copy(FIGURES, MIRAMAS, RemoteObjectKind.KEY_FIGURES, text(figures(GRENOBLE, 1250L)));
    assertThat(observer.record(created(FIGURES))).isEqualTo(Outcome.FOREIGN);
    assertThat(snapshots.rows).isEmpty();
  }

  @Test
  void unknownCopiesOtherKindsAndDeletionsRecordNothing() {
    assertThat(observer.record(created(FIGURES))).isEqualTo(Outcome.UNKNOWN);
    URI project = URI.create("https://grenoble.example/objects/projects/3");
    copy(project, GRENOBLE, RemoteObjectKind.PROJECT, "{}");
    assertThat(
            observer.record(
                new RemoteCopyChanged(project, RemoteObjectKind.PROJECT, Change.CREATED)))
        .isEqualTo(Outcome.IGNORED);
    copy(FIGURES, GRENOBLE, RemoteObjectKind.KEY_FIGURES, text(figures(GRENOBLE, 1250L)));
    assertThat(
            observer.record(
                new RemoteCopyChanged(FIGURES, RemoteObjectKind.KEY_FIGURES, Change.DELETED)))
        .isEqualTo(Outcome.IGNORED);
    copies.byId.get(FIGURES).delete(NOW);
    assertThat(observer.record(created(FIGURES))).isEqualTo(Outcome.UNKNOWN);
    assertThat(snapshots.rows).isEmpty();
  }
}
