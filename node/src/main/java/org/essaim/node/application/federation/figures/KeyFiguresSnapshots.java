// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.figures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.logging.Logger;
import org.essaim.federation.FederationException;
import org.essaim.federation.jsonld.ActivityStreamsCodec;
import org.essaim.federation.vocab.essaim.KeyFigures;
import org.essaim.node.application.federation.copies.RemoteCopyChanged;
import org.essaim.node.domain.model.figures.BreakdownCell;
import org.essaim.node.domain.model.figures.Count;
import org.essaim.node.domain.model.figures.FiguresSnapshot;
import org.essaim.node.domain.model.figures.FiguresSnapshotRepository;
import org.essaim.node.domain.model.figures.TerritoryFigures;
import org.essaim.node.domain.model.remote.RemoteObject;
import org.essaim.node.domain.model.remote.RemoteObjectKind;
import org.essaim.node.domain.model.remote.RemoteObjectRepository;

/**
 * Keeps the history of the key figures followed territories publish: each time the copy of a
 * territory's {@code essaim:KeyFigures} is created or updated, a snapshot, unless the figures are
 * the same as its latest one. Only a territory's figures about itself count: figures about another
 * territory, or the network's (no {@code territory}), are left out. Runs in the transaction of the
 * copy: anything it cannot read is logged and left out, never an error that would undo the copy.
 */
@ApplicationScoped
public class KeyFiguresSnapshots {

  private static final Logger LOG = Logger.getLogger(KeyFiguresSnapshots.class.getName());

  @Inject RemoteObjectRepository copies;
  @Inject FiguresSnapshotRepository snapshots;
  @Inject Clock clock;

  private final ActivityStreamsCodec codec = new ActivityStreamsCodec();

  /** What became of a change. */
  public enum Outcome {
    RECORDED,
    UNCHANGED,
    IGNORED,
    UNKNOWN,
    MALFORMED,
    FOREIGN
  }

  void onCopyChanged(@Observes RemoteCopyChanged change) {
    Outcome outcome = record(change);
    if (outcome == Outcome.MALFORMED || outcome == Outcome.FOREIGN) {
      LOG.warning(() -> "Key figures <" + change.objectId() + "> left out: " + outcome);
    }
  }

  /** Records the snapshot a change brings, if any. */
  public Outcome record(RemoteCopyChanged change) {
    if (change.kind() != RemoteObjectKind.KEY_FIGURES) {
      return Outcome.IGNORED;
    }
    if (change.change() == RemoteCopyChanged.Change.DELETED) {
      // The history stays; the totals leave out territories whose figures are deleted.
      return Outcome.IGNORED;
    }
    Optional<RemoteObject> copy =
        copies.findByObjectId(change.objectId()).filter(c -> !c.isDeleted());
    if (copy.isEmpty() || copy.get().document().isEmpty()) {
      return Outcome.UNKNOWN;
    }
    KeyFigures figures;
    try {
      figures =
          KeyFigures.from(codec.read(copy.get().document().get().getBytes(StandardCharsets.UTF_8)));
    } catch (FederationException | IllegalArgumentException e) {
      return Outcome.MALFORMED;
    }
    URI origin = copy.get().originActor();
    if (figures.territory() == null
        || !figures.territory().equals(origin)
        || !figures.publisher().equals(origin)) {
      return Outcome.FOREIGN;
    }
    TerritoryFigures received = of(figures);
    Optional<FiguresSnapshot> latest = snapshots.latest(origin);
    if (latest.isPresent() && latest.get().figures().equals(received)) {
      return Outcome.UNCHANGED;
    }
    Instant updated = copy.get().updated().map(OffsetDateTime::toInstant).orElse(null);
    snapshots.add(new FiguresSnapshot(origin, figures.id(), received, updated, clock.instant()));
    return Outcome.RECORDED;
  }

  /** The figures as the network sums them: a missing count is a withheld one. */
  static TerritoryFigures of(KeyFigures figures) {
    return new TerritoryFigures(
        figures.period(),
        count(figures.participants()),
        count(figures.engagedPeople()),
        count(figures.projectsSupported()),
        count(figures.jobsCreated()),
        count(figures.dreams()),
        count(figures.challenges()),
        cells(figures.projectsByStage()),
        cells(figures.projectsByTheme()));
  }

  private static Count count(Long value) {
    return new Count(value == null ? OptionalLong.empty() : OptionalLong.of(value));
  }

  private static List<BreakdownCell> cells(List<KeyFigures.Cell> cells) {
    return cells.stream().map(c -> new BreakdownCell(c.key(), count(c.count()))).toList();
  }
}
