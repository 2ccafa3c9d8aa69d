// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.remote;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.essaim.node.application.federation.Backfill;
import org.essaim.node.application.federation.copies.BackfillRunView;
import org.essaim.node.application.federation.copies.BackfillRuns;
import org.essaim.node.application.federation.copies.OutboxWalk;
import org.essaim.node.application.federation.copies.RemoteCopies;
import org.essaim.node.application.federation.copies.RemoteDocuments;

/**
 * Walks a followed peer's outbox into remote copies, on the managed executor. The progress is in
 * the database (table {@code federation_backfill}): walks RUNNING when the node stopped resume at
 * start-up from their next page.
 */
@ApplicationScoped
public class OutboxBackfill implements Backfill {

  private static final Logger LOG = Logger.getLogger(OutboxBackfill.class.getName());

  /** Runs of a page chosen as a deadlock victim before the walk fails. */
  static final int PAGE_ATTEMPTS = 3;

  @Resource ManagedExecutorService executor;

  @Inject BackfillRuns runs;
  @Inject RemoteCopies copies;
  @Inject RemoteDocuments remote;
  @Inject BackfillPageTransaction pages;

  @Inject
  @ConfigProperty(name = "essaim.federation.backfill.max-items", defaultValue = "10000")
  int maxItems;

  /** The walks under way in this process, so that one actor is never walked twice at once. */
  private final Set<URI> active = ConcurrentHashMap.newKeySet();

  // After NodeStartup (migrations) and the demo data.
  void onStartup(@Observes @Priority(Interceptor.Priority.APPLICATION + 950) Startup event) {
    for (URI actor : runs.running()) {
      LOG.info(() -> "Resuming the backfill of " + actor);
      submit(actor);
    }
  }

  @Override
  public void startFor(URI followedActor) {
    if (active.contains(followedActor)) {
      return;
    }
    runs.begin(followedActor);
    submit(followedActor);
  }

  private void submit(URI actor) {
    if (!active.add(actor)) {
      return;
    }
    try {
      executor.submit(() -> run(actor));
    } catch (RuntimeException e) {
      active.remove(actor);
      runs.fail(actor, "could not be scheduled: " + e.getMessage());
    }
  }

  private void run(URI actor) {
    try {
      BackfillRunView run = runs.find(actor).orElse(null);
      if (run == null) {
        return;
      }
      OutboxWalk.Summary summary =
          new OutboxWalk(
                  remote,
                  copies::importCreate,
                  maxItems,
                  ConflictRetry.retrying(pages::run, PAGE_ATTEMPTS))
              .walk(
                  actor,
                  run.nextPage(),
                  run.seenCount(),
                  (next, imported, seen) -> runs.progress(actor, next, imported, seen));
      runs.finish(actor);
      LOG.info(
          () ->
              "Backfill of "
                  + actor
                  + ": "
                  + summary.imported()
                  + " imported of "
                  + summary.seen()
                  + " items, stopped at "
                  + summary.reason());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Backfill of " + actor + " failed: " + e.getMessage());
      runs.fail(actor, e.getMessage());
    } finally {
      active.remove(actor);
    }
  }
}
