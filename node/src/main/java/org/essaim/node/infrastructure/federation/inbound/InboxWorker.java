// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.inbound;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.essaim.node.infrastructure.startup.NodeStartup;

/**
 * Works through the inbox queue: woken right after an activity is queued (once its transaction
 * commits), and every second otherwise. Claims one activity at a time ({@code FOR UPDATE SKIP
 * LOCKED} with a lease, so several replicas share the queue and a killed process only delays its
 * claims), dispatches it, and on an exception schedules the retry. The handler's work and the
 * completion share one transaction, and the completion is refused when the claim was lost (a lease
 * that ran out, the activity claimed again: {@link InboxStore#complete}), so an activity's effects
 * commit once. Purges the journal hourly (on each replica: deleting old rows twice is harmless).
 */
@ApplicationScoped
public class InboxWorker {

  private static final Logger LOG = Logger.getLogger(InboxWorker.class.getName());
  static final Duration LEASE = Duration.ofMinutes(2);

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject InboxStore store;
  @Inject InboxDispatcher dispatcher;
  @Inject InboundSettings settings;
  @Inject NodeStartup startup;

  private final AtomicBoolean draining = new AtomicBoolean();
  private final AtomicBoolean again = new AtomicBoolean();
  private final List<ScheduledFuture<?>> tasks = new ArrayList<>();

  void start(@Observes Startup event) {
    tasks.add(scheduler.scheduleWithFixedDelay(this::drain, 2, 1, TimeUnit.SECONDS));
    tasks.add(scheduler.scheduleWithFixedDelay(this::purge, 1, 60, TimeUnit.MINUTES));
  }

  @PreDestroy
  void stop() {
    tasks.forEach(t -> t.cancel(false));
  }

  void wake(@Observes(during = TransactionPhase.AFTER_SUCCESS) InboxStore.ActivityQueued event) {
    try {
      scheduler.execute(this::drain);
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "Inbox worker not woken; the next poll picks the activity up", e);
    }
  }

  /** Handles every due activity; one drain at a time per process (replicas run theirs). */
  void drain() {
    if (!startup.isStarted()) {
      return;
    }
    again.set(true);
    // A wake during a drain leaves the flag for the running drain; the poll catches any race.
    while (again.get() && draining.compareAndSet(false, true)) {
      try {
        again.set(false);
        while (processOne()) {
          // next
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Inbox worker: " + e, e);
      } finally {
        draining.set(false);
      }
    }
  }

  private boolean processOne() {
    Optional<InboxStore.Claimed> claimed = store.claim(LEASE);
    if (claimed.isEmpty()) {
      return false;
    }
    try {
      dispatcher.dispatch(claimed.get());
    } catch (RuntimeException e) {
      if (leaseLost(e)) {
        // Another claim of the same activity (after our lease ran out) does the work: ours was
        // rolled back with the failed completion, nothing to record.
        LOG.warning(e.getMessage());
        return true;
      }
      Throwable cause = e;
      while (cause.getCause() != null && cause.getCause() != cause) {
        cause = cause.getCause();
      }
      String error = cause.getClass().getSimpleName() + ": " + cause.getMessage();
      LOG.log(
          Level.WARNING,
          "Handling "
              + claimed.get().activityId()
              + " failed (attempt "
              + claimed.get().attempt()
              + ")",
          e);
      if (!store.failed(claimed.get(), error)) {
        LOG.warning(
            () ->
                "Inbox activity "
                    + claimed.get().activityId()
                    + ": lease lost before its failure was recorded");
      }
    }
    return true;
  }

  private static boolean leaseLost(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof LeaseLostException) {
        return true;
      }
    }
    return false;
  }

  void purge() {
    if (!startup.isStarted()) {
      return;
    }
    try {
      int deleted = store.purge(settings.retention());
      if (deleted > 0) {
        LOG.fine(() -> "Inbound journal purge: " + deleted + " rows");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Inbound journal purge failed: " + e, e);
    }
  }
}
