// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.remote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * One transaction for the imports of one outbox page during a backfill: one commit per page instead
 * of one per object (the federation bench measured the per-object commits as the cost of a
 * backfill; see docs/performance.md). Remote fetches happen before, outside it.
 */
@ApplicationScoped
public class BackfillPageTransaction {

  /** Runs the imports of a page in a new transaction, committed when they all returned. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void run(Runnable imports) {
    imports.run();
  }
}
