// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.figures;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.essaim.node.domain.model.figures.FiguresSnapshot;
import org.essaim.node.domain.model.figures.FiguresSnapshotRepository;
import org.essaim.node.domain.model.remote.RemoteObject;
import org.essaim.node.domain.model.remote.RemoteObjectRepository;
import org.essaim.node.domain.model.remote.RemoteObjectSearch;

/** In-memory stores for the figures tests. */
final class FiguresFakes {
  private FiguresFakes() {}

  static final class Snapshots implements FiguresSnapshotRepository {
    final List<FiguresSnapshot> rows = new ArrayList<>();

    @Override
    public void add(FiguresSnapshot snapshot) {
      rows.add(snapshot);
    }

    @Override
    public Optional<FiguresSnapshot> latest(URI territoryActor) {
      FiguresSnapshot found = null;
      for (FiguresSnapshot row : rows) {
        if (row.territoryActor().equals(territoryActor)) {
          found = row;
        }
      }
      return Optional.ofNullable(found);
    }

    @Override
    public List<FiguresSnapshot> latestOfEachTerritory() {
      Map<URI, FiguresSnapshot> latest = new LinkedHashMap<>();
      rows.forEach(r -> latest.put(r.territoryActor(), r));
      return List.copyOf(latest.values());
    }

    @Override
    public List<FiguresSnapshot> receivedBefore(Instant until) {
      return rows.stream()
          .filter(r -> r.receivedAt().isBefore(until))
          .sorted(Comparator.comparing(FiguresSnapshot::receivedAt))
          .toList();
    }
  }

  static final class Copies implements RemoteObjectRepository {
    final Map<URI, RemoteObject> byId = new LinkedHashMap<>();

    @Override
    public Optional<RemoteObject> findByObjectId(URI objectId) {
      return Optional.ofNullable(byId.get(objectId));
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
      byId.put(object.objectId(), object);
    }
  }
}
