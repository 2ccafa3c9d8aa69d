// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.search.engine;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.store.FSDirectory;
import org.essaim.node.infrastructure.config.NodeSettings;

/**
 * Keeps the engine's index in step with {@code search_document} and runs searches on it.
 *
 * <p>At start-up the index left by the previous run goes on from the transaction horizon it
 * recorded; it is built again from the table when it is missing, of another format, made from
 * another database (a restore), ahead of this database, or older than the removals still
 * remembered. Afterwards a follower reads the changes every second, and each search first reads
 * those committed since (a short bounded wait, so that what a caller just wrote is found).
 */
@ApplicationScoped
public class SearchEngine {

  private static final Logger LOG = Logger.getLogger(SearchEngine.class.getName());

  /** Entries read from the table per statement. */
  static final int PAGE = 2_000;

  /** Changes the follower reads before it lets a search run. */
  static final int FOLLOW_SLICE = 5 * PAGE;

  /** Changes a search applies itself at most before it runs; the follower does the rest. */
  static final int SEARCH_CATCH_UP = PAGE;

  private static final String KEY_FORMAT = "format";
  private static final String KEY_DATABASE = "database";
  private static final String KEY_HORIZON = "horizon";

  /** Commit (fsync) at most this often; a crash in between only means reading changes again. */
  private static final long COMMIT_EVERY_NANOS = TimeUnit.SECONDS.toNanos(10);

  @Inject SearchFeed feed;
  @Inject NodeSettings settings;
  @Resource ManagedScheduledExecutorService scheduler;

  private final ReentrantLock lock = new ReentrantLock();
  private EngineIndex index;
  private String database;
  private volatile long horizon;
  private long sweepHorizon = -1;
  private long sweepAfterChange;
  private long sweepAfterId;
  private long committedAt;
  private boolean uncommitted;
  private ScheduledFuture<?> follower;
  private ScheduledFuture<?> forgetting;

  // After the search index is (re)built from the node's objects (SearchIndexStartup, +800), before
  // the demo load (+900) and the workers that bring copies (+950, +1000).
  void onStartup(@Observes @Priority(Interceptor.Priority.APPLICATION + 850) Startup event) {
    open(settings.dataDir().resolve("search-index"));
    follower = scheduler.scheduleWithFixedDelay(this::follow, 1, 1, TimeUnit.SECONDS);
    forgetting = scheduler.scheduleWithFixedDelay(this::forget, 1, 24, TimeUnit.HOURS);
  }

  /** Opens the index in this directory, building it again when it cannot go on. */
  void open(Path directory) {
    lock.lock();
    try {
      Files.createDirectories(directory);
      index = new EngineIndex(FSDirectory.open(directory));
      database = feed.databaseIdentity();
      Map<String, String> data = index.commitData();
      String reason = rebuildReason(data);
      if (reason == null) {
        horizon = Long.parseLong(data.get(KEY_HORIZON));
        long caughtUp = 0;
        long read;
        do {
          read = catchUp(FOLLOW_SLICE);
          caughtUp += read;
        } while (read >= FOLLOW_SLICE);
        LOG.info(
            String.format(
                "Search engine index opened: %d entries, %d changes read since the last run",
                index.size(), caughtUp));
      } else {
        long begin = System.nanoTime();
        build();
        LOG.info(
            String.format(
                "Search engine index built (%s): %d entries in %d ms",
                reason, index.size(), (System.nanoTime() - begin) / 1_000_000));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("search engine index not opened in " + directory, e);
    } finally {
      lock.unlock();
    }
  }

  private String rebuildReason(Map<String, String> data) {
    if (!data.containsKey(KEY_HORIZON)) {
      return "new index";
    }
    if (!EngineIndex.FORMAT.equals(data.get(KEY_FORMAT))) {
      return "index format " + data.get(KEY_FORMAT) + ", now " + EngineIndex.FORMAT;
    }
    if (!database.equals(data.get(KEY_DATABASE))) {
      return "made from another database";
    }
    long recorded = Long.parseLong(data.get(KEY_HORIZON));
    if (recorded > feed.nextTransaction()) {
      return "ahead of the database";
    }
    if (recorded <= feed.newestForgotten()) {
      return "older than the removals remembered";
    }
    return null;
  }

  private void build() {
    long from = feed.horizon();
    index.clear();
    long afterChange = 0;
    long afterId = 0;
    while (true) {
      List<EngineEntry> page = feed.changed(0, afterChange, afterId, PAGE);
      if (page.isEmpty()) {
        break;
      }
      index.apply(List.of(), page);
      afterChange = page.get(page.size() - 1).change();
      afterId = page.get(page.size() - 1).id();
    }
    horizon = from;
    sweepHorizon = -1;
    index.refresh();
    commit();
  }

  /**
   * Reads the changes committed since the last look, at most {@code limit} entries: a sweep reads
   * the removals, then the entries written, by transaction and id; it may take several calls, and
   * the horizon moves on to the one read when the sweep began only once the sweep is done.
   *
   * @return changes read
   */
  private long catchUp(int limit) {
    long read = 0;
    if (sweepHorizon < 0) {
      if (feed.newestForgotten() >= horizon) {
        LOG.warning("Search engine behind the removals remembered: index built again");
        build();
        return index.size();
      }
      sweepHorizon = feed.horizon();
      sweepAfterChange = horizon;
      sweepAfterId = 0;
      List<String> removed = feed.removed(horizon);
      index.apply(removed, List.of());
      read += removed.size();
    }
    boolean done = false;
    while (read < limit) {
      int want = (int) Math.min(PAGE, limit - read);
      List<EngineEntry> page = feed.changed(horizon, sweepAfterChange, sweepAfterId, want);
      index.apply(List.of(), page);
      read += page.size();
      if (page.size() < want) {
        done = true;
        break;
      }
      sweepAfterChange = page.get(page.size() - 1).change();
      sweepAfterId = page.get(page.size() - 1).id();
    }
    if (done) {
      horizon = sweepHorizon;
      sweepHorizon = -1;
    }
    if (read > 0) {
      index.refresh();
      uncommitted = true;
    }
    if ((uncommitted || done) && System.nanoTime() - committedAt > COMMIT_EVERY_NANOS) {
      commit();
    }
    return read;
  }

  private void commit() {
    index.commit(
        Map.of(
            KEY_FORMAT,
            EngineIndex.FORMAT,
            KEY_DATABASE,
            database,
            KEY_HORIZON,
            Long.toString(horizon)));
    committedAt = System.nanoTime();
    uncommitted = false;
  }

  void follow() {
    if (index == null) {
      return;
    }
    try {
      long read;
      do {
        // In slices, so that searches run between them during a bulk load.
        lock.lock();
        try {
          read = catchUp(FOLLOW_SLICE);
        } finally {
          lock.unlock();
        }
      } while (read >= FOLLOW_SLICE);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Search engine did not read the latest changes: " + e, e);
    }
  }

  void forget() {
    try {
      int forgotten = feed.forgetOldRemovals();
      if (forgotten > 0) {
        LOG.info(() -> "Search removals older than a week forgotten: " + forgotten);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Search removals not forgotten: " + e, e);
    }
  }

  /**
   * Runs a search over the changes committed before it began, except when very many are waiting (a
   * bulk load): then over what the follower read so far.
   */
  public EngineResults search(EngineQuery query) {
    if (index == null) {
      throw new IllegalStateException("search engine not started");
    }
    try {
      if (lock.tryLock(2, TimeUnit.SECONDS)) {
        try {
          catchUp(SEARCH_CATCH_UP);
        } finally {
          lock.unlock();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return index.search(query);
  }

  /** Entries the engine holds (what searches see). */
  public int size() {
    return index == null ? 0 : index.size();
  }

  /** The transaction horizon every change below which the engine has read. */
  public long horizon() {
    return horizon;
  }

  @PreDestroy
  void close() {
    if (follower != null) {
      follower.cancel(false);
    }
    if (forgetting != null) {
      forgetting.cancel(false);
    }
    lock.lock();
    try {
      if (index != null) {
        if (uncommitted) {
          commit();
        }
        index.close();
        index = null;
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Search engine index not closed cleanly: " + e, e);
    } finally {
      lock.unlock();
    }
  }
}
