// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.figures;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.essaim.node.application.federation.publishing.KeyFiguresPublishing;
import org.essaim.node.infrastructure.config.NodeSettings;
import org.essaim.node.infrastructure.database.ScheduledRuns;
import org.essaim.node.infrastructure.startup.NodeStartup;

/**
 * Recomputes the key figures every {@code essaim.federation.key-figures.interval} (first a minute
 * after start) and publishes them when they changed. Figures change with many records (events held,
 * projects, impacts…): a periodic comparison is simpler and cheaper than a hook in each.
 *
 * <p>Once per node, not once per replica ({@link ScheduledRuns}): two replicas comparing at the
 * same moment would both find the figures changed and both send an Update to every follower.
 */
@ApplicationScoped
public class KeyFiguresSchedule {

  private static final Logger LOG = Logger.getLogger(KeyFiguresSchedule.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject KeyFiguresPublishing publishing;
  @Inject NodeSettings settings;
  @Inject NodeStartup startup;
  @Inject ScheduledRuns runs;

  private ScheduledFuture<?> task;

  void start(@Observes Startup event) {
    long seconds = settings.keyFiguresInterval().toSeconds();
    task = scheduler.scheduleWithFixedDelay(this::run, 60, seconds, TimeUnit.SECONDS);
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
      // publishNow joins the run's transaction: the figures sent and the run time commit together.
      runs.runIfDue("key-figures", settings.keyFiguresInterval(), publishing::publishNow);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Key figures not published: " + e, e);
    }
  }
}
