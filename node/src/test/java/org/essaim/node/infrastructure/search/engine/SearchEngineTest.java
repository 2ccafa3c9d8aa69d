// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.search.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.essaim.node.domain.model.search.SearchSort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The follower's bookkeeping against a scripted feed: what it reads, when its horizon moves, when
 * it builds its index again. The feed's SQL is exercised by the integration tests.
 */
class SearchEngineTest {

  @TempDir Path directory;

  /** A table of entries stamped with the transaction that wrote them, and a removal journal. */
  static final class ScriptedFeed implements SearchFeed {
    final TreeMap<Long, EngineEntry> rows = new TreeMap<>();
    final Map<Long, Long> rowXid = new TreeMap<>();
    final List<String[]> removals = new ArrayList<>();
    long nextXid = 100;
    long oldestRunning = -1;
    long newestForgotten = -1;
    String identity = "cluster/1";
    int changedCalls;
    final List<Long> sinceAsked = new ArrayList<>();

    long write(long id, String lexeme) {
      long xid = nextXid++;
      put(id, lexeme, xid);
      return xid;
    }

    void put(long id, String lexeme, long xid) {
      rows.put(
          id,
          new EngineEntry(
              id,
              "https://example/objects/" + id,
              "PROJECT",
              "https://example/actor",
              "Lons",
              null,
              List.of(),
              List.of(),
              null,
              null,
              false,
              true,
              Instant.ofEpochSecond(id),
              "'" + lexeme + "':1A",
              xid));
      rowXid.put(id, xid);
    }

    void delete(long id) {
      long xid = nextXid++;
      EngineEntry gone = rows.remove(id);
      rowXid.remove(id);
      removals.add(new String[] {gone.objectUri(), Long.toString(xid)});
    }

    @Override
    public long horizon() {
      return oldestRunning >= 0 ? oldestRunning : nextXid;
    }

    @Override
    public long nextTransaction() {
      return nextXid;
    }

    @Override
    public String databaseIdentity() {
      return identity;
    }

    @Override
    public List<EngineEntry> changed(long since, long afterChange, long afterId, int limit) {
      changedCalls++;
      sinceAsked.add(since);
      return rows.values().stream()
          .filter(e -> e.change() >= since)
          .filter(e -> e.change() > afterChange || (e.change() == afterChange && e.id() > afterId))
          .sorted(
              java.util.Comparator.comparingLong(EngineEntry::change)
                  .thenComparingLong(EngineEntry::id))
          .limit(limit)
          .toList();
    }

    @Override
    public List<String> removed(long since) {
      return removals.stream()
          .filter(r -> Long.parseLong(r[1]) >= since)
          .map(r -> r[0])
          .filter(uri -> rows.values().stream().noneMatch(e -> e.objectUri().equals(uri)))
          .distinct()
          .toList();
    }

    @Override
    public long newestForgotten() {
      return newestForgotten;
    }

    @Override
    public int forgetOldRemovals() {
      return 0;
    }
  }

  private final ScriptedFeed feed = new ScriptedFeed();

  private SearchEngine engine() {
    SearchEngine engine = new SearchEngine();
    engine.feed = feed;
    engine.open(directory);
    return engine;
  }

  private static long found(SearchEngine engine, String lexeme) {
    return engine
        .search(
            new EngineQuery(
                List.of(Set.of(lexeme)), true, Map.of(), false, SearchSort.RELEVANCE, 0, 10))
        .total();
  }

  @Test
  void aSearchFindsWhatWasCommittedBeforeItAndNotWhatWasRemoved() {
    feed.write(1, "jardin");
    SearchEngine engine = engine();
    assertEquals(1, found(engine, "jardin"));
    feed.write(2, "jardin");
    feed.write(3, "verger");
    assertEquals(2, found(engine, "jardin"));
    feed.delete(1);
    assertEquals(1, found(engine, "jardin"));
    assertEquals(1, found(engine, "verger"));
    engine.close();
  }

  @Test
  void theHorizonWaitsForTheOldestRunningTransaction() {
    SearchEngine engine = engine();
    // A transaction that has its id but commits only after the next look.
    long early = feed.nextXid++;
    feed.oldestRunning = early;
    feed.write(2, "verger");
    assertEquals(1, found(engine, "verger"));
    feed.put(1, "jardin", early);
    feed.oldestRunning = -1;
    assertEquals(1, found(engine, "jardin"));
    engine.close();
  }

  @Test
  void aBulkLoadIsReadInSlicesResumingWhereTheLastOneStopped() {
    SearchEngine engine = engine();
    for (long id = 1; id <= SearchEngine.FOLLOW_SLICE + 10; id++) {
      feed.write(id, "jardin");
    }
    engine.follow();
    assertEquals(SearchEngine.FOLLOW_SLICE + 10, engine.size());
    int calls = feed.changedCalls;
    // Nothing new: one statement to learn it.
    engine.follow();
    assertEquals(calls + 1, feed.changedCalls);
    engine.close();
  }

  @Test
  void aSearchAppliesABoundedNumberOfChangesItself() {
    SearchEngine engine = engine();
    for (long id = 1; id <= SearchEngine.SEARCH_CATCH_UP + 5; id++) {
      feed.write(id, "jardin");
    }
    assertEquals(SearchEngine.SEARCH_CATCH_UP, found(engine, "jardin"));
    engine.follow();
    assertEquals(SearchEngine.SEARCH_CATCH_UP + 5, found(engine, "jardin"));
    engine.close();
  }

  @Test
  void aRestartGoesOnFromTheRecordedHorizon() {
    feed.write(1, "jardin");
    engine().close();
    feed.write(2, "jardin");
    feed.sinceAsked.clear();
    SearchEngine engine = engine();
    assertEquals(2, engine.size());
    // Not built again (that reads from 0): only the changes after the recorded horizon were asked.
    assertEquals(false, feed.sinceAsked.contains(0L));
    engine.close();
  }

  @Test
  void anotherDatabaseOrForgottenRemovalsBuildTheIndexAgain() {
    feed.write(1, "jardin");
    engine().close();
    // A restore into another cluster: the removal of 1 happened there, unknown to the journal.
    feed.identity = "cluster/2";
    feed.rows.remove(1L);
    feed.write(2, "verger");
    SearchEngine engine = engine();
    assertEquals(0, found(engine, "jardin"));
    assertEquals(1, found(engine, "verger"));
    engine.close();
    // Removals forgotten past the recorded horizon.
    feed.rows.remove(2L);
    feed.newestForgotten = feed.nextXid++;
    engine = engine();
    assertEquals(0, engine.size());
    engine.close();
  }
}
