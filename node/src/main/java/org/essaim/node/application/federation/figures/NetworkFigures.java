// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.figures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.essaim.node.application.FieldError;
import org.essaim.node.application.InvalidInputException;
import org.essaim.node.application.KeyFiguresService;
import org.essaim.node.application.NodeAddress;
import org.essaim.node.application.NodeMode;
import org.essaim.node.application.TerritoryProfileService;
import org.essaim.node.application.federation.PeerPolicy;
import org.essaim.node.domain.model.figures.FiguresSnapshot;
import org.essaim.node.domain.model.figures.FiguresSnapshotRepository;
import org.essaim.node.domain.model.figures.NetworkTotals;
import org.essaim.node.domain.model.figures.TerritoryFigures;
import org.essaim.node.domain.model.peer.Peer;
import org.essaim.node.domain.model.peer.PeerRepository;
import org.essaim.node.domain.model.remote.RemoteObjectRepository;
import org.essaim.node.domain.model.territory.TerritoryProfile;

/**
 * The network's key figures: the latest figures of each followed territory whose KeyFigures copy is
 * live, plus this node's own on a territory node (computed now), summed; each territory's figures
 * with their freshness; and the totals month by month from the history.
 */
@ApplicationScoped
@Transactional
public class NetworkFigures {

  /** The longest history asked at once. */
  public static final int MAX_MONTHS = 120;

  @Inject FiguresSnapshotRepository snapshots;
  @Inject RemoteObjectRepository copies;
  @Inject PeerPolicy peers;
  @Inject PeerRepository peerRecords;
  @Inject NetworkTerritories territories;
  @Inject KeyFiguresService ownFigures;
  @Inject TerritoryProfileService profile;
  @Inject NodeMode mode;
  @Inject NodeAddress node;
  @Inject Clock clock;

  /** One territory's figures and how fresh they are. */
  public record TerritoryRow(
      URI actor,
      Optional<String> name,
      boolean own,
      TerritoryFigures figures,
      Optional<Instant> updated,
      Optional<Instant> receivedAt) {}

  /** The totals at the end of a month, from the snapshots received by then. */
  public record MonthRow(YearMonth month, NetworkTotals totals) {}

  /** The network figures now, and month by month over {@code from}..{@code to} (UTC months). */
  public record View(
      Instant asOf,
      TerritoryTally territories,
      NetworkTotals totals,
      List<TerritoryRow> byTerritory,
      List<MonthRow> history) {}

  public View current(YearMonth from, YearMonth to) {
    if (from.isAfter(to)) {
      throw new InvalidInputException(List.of(new FieldError("from", "must not be after to")));
    }
    if (from.plusMonths(MAX_MONTHS - 1L).isBefore(to)) {
      throw new InvalidInputException(
          List.of(new FieldError("to", "at most " + MAX_MONTHS + " months after from")));
    }
    List<TerritoryRow> rows = new ArrayList<>();
    URI self = node.territoryActor();
    if (mode == NodeMode.TERRITORY) {
      TerritoryProfile own = profile.current().profile();
      rows.add(
          new TerritoryRow(
              self,
              Optional.of(own.name()),
              true,
              TerritoryFigures.of(ownFigures.current(), own.timeZone()),
              Optional.empty(),
              Optional.empty()));
    }
    for (FiguresSnapshot snapshot : snapshots.latestOfEachTerritory()) {
      URI actor = snapshot.territoryActor();
      if (actor.equals(self) || !counted(snapshot)) {
        continue;
      }
      rows.add(
          new TerritoryRow(
              actor,
              peerRecords.findByActor(actor).flatMap(Peer::name),
              false,
              snapshot.figures(),
              snapshot.figuresUpdated(),
              Optional.of(snapshot.receivedAt())));
    }
    NetworkTotals totals = NetworkTotals.of(rows.stream().map(TerritoryRow::figures).toList());
    return new View(clock.instant(), territories.tally(), totals, rows, history(from, to));
  }

  // Followed now, and its figures not deleted since.
  private boolean counted(FiguresSnapshot snapshot) {
    return peers.follows(snapshot.territoryActor())
        && copies.findByObjectId(snapshot.objectId()).filter(c -> !c.isDeleted()).isPresent();
  }

  /**
   * Month by month: the sum of each territory's latest snapshot received before the month ended
   * (this node's own included when it published them). Months are UTC.
   */
  List<MonthRow> history(YearMonth from, YearMonth to) {
    Instant end = to.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    List<FiguresSnapshot> received = snapshots.receivedBefore(end);
    List<MonthRow> months = new ArrayList<>();
    int next = 0;
    Map<URI, TerritoryFigures> latest = new LinkedHashMap<>();
    for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
      Instant monthEnd = month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
      while (next < received.size() && received.get(next).receivedAt().isBefore(monthEnd)) {
        FiguresSnapshot snapshot = received.get(next++);
        latest.put(snapshot.territoryActor(), snapshot.figures());
      }
      months.add(new MonthRow(month, NetworkTotals.of(latest.values())));
    }
    return months;
  }
}
