// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.copies;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.essaim.node.application.Page;
import org.essaim.node.application.PageRequest;
import org.essaim.node.domain.model.remote.BackfillRun;
import org.essaim.node.domain.model.remote.BackfillRunRepository;
import org.essaim.node.domain.model.remote.BackfillState;

/** The stored progress of outbox walks, one short transaction per change. */
@ApplicationScoped
@Transactional
public class BackfillRuns {

  @Inject BackfillRunRepository runs;
  @Inject Clock clock;

  /**
   * Starts a walk (from the outbox again); false when one is RUNNING already. Committed at once, in
   * its own transaction, so that the worker that walks sees it even when the caller (an Accept
   * handler) is still inside its own.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean begin(URI actor) {
    Optional<BackfillRun> existing = runs.find(actor);
    if (existing.isEmpty()) {
      runs.add(new BackfillRun(actor, clock.instant()));
      return true;
    }
    if (existing.get().state() == BackfillState.RUNNING) {
      return false;
    }
    existing.get().restart(clock.instant());
    return true;
  }

  public Optional<BackfillRunView> find(URI actor) {
    return runs.find(actor).map(BackfillRunView::of);
  }

  public Page<BackfillRunView> list(PageRequest request) {
    int offset = (int) Math.min(Integer.MAX_VALUE, request.offset());
    return new Page<>(
        runs.list(offset, request.size()).stream().map(BackfillRunView::of).toList(),
        request.page(),
        request.size(),
        runs.count());
  }

  /** The actors whose walk was RUNNING when the node stopped. */
  public List<URI> running() {
    return runs.running().stream().map(BackfillRun::actor).toList();
  }

  public void progress(URI actor, URI next, int imported, int seen) {
    runs.find(actor).ifPresent(r -> r.advance(next, imported, seen, clock.instant()));
  }

  public void finish(URI actor) {
    runs.find(actor).ifPresent(r -> r.finish(clock.instant()));
  }

  public void fail(URI actor, String error) {
    runs.find(actor).ifPresent(r -> r.fail(error, clock.instant()));
  }
}
