// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.search;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.essaim.node.application.search.SearchIndexer;
import org.essaim.node.infrastructure.database.ScheduledRuns;
import org.essaim.node.infrastructure.startup.NodeStartup;

/**
 * Every hour, counts again the document frequencies that weigh key terms when the index changed
 * size by more than a tenth since they were counted. One statement over the index, by this task
 * only: indexing reads the counts and never writes them, so it has no counter rows to wait on.
 *
 * <p>Once per node, not once per replica ({@link ScheduledRuns}): the counts are in the shared
 * database, and two replicas counting at once would scan the index twice to write the same rows.
 */
@ApplicationScoped
public class SearchStatisticsSchedule {

  private static final Logger LOG = Logger.getLogger(SearchStatisticsSchedule.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject SearchIndexer indexer;
  @Inject NodeStartup startup;
  @Inject ScheduledRuns runs;

  static final Duration PERIOD = Duration.ofHours(1);

  private ScheduledFuture<?> task;

  void start(@Observes Startup event) {
    task =
        scheduler.scheduleWithFixedDelay(this::run, 5 * 60, PERIOD.toSeconds(), TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }

  void run() {
    if (!startup.isStarted()) {
      return;
    }
    try {
      AtomicBoolean counted = new AtomicBoolean();
      runs.runIfDue(
          "search-term-statistics",
          PERIOD,
          () -> counted.set(indexer.refreshTermStatisticsIfStale()));
      if (counted.get()) {
        LOG.info("Search term frequencies counted again");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Search term frequencies not counted: " + e, e);
    }
  }
}
