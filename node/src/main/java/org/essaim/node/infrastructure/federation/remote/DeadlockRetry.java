// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.remote;

import java.sql.SQLException;
import java.util.Set;
import java.util.logging.Logger;
import org.essaim.node.application.federation.copies.OutboxWalk;

/**
 * Runs a backfill page again when PostgreSQL chose its transaction as the victim of a deadlock (or
 * of a serialization failure), as PostgreSQL asks clients to. A page indexes many objects in one
 * transaction, so two backfills walking at once (a node following several peers) can lock the same
 * new search words in crossing orders; the victim rolled back whole and its imports can run again.
 */
final class DeadlockRetry {

  private static final Logger LOG = Logger.getLogger(DeadlockRetry.class.getName());

  /** deadlock_detected, serialization_failure. */
  private static final Set<String> TRANSIENT = Set.of("40P01", "40001");

  private DeadlockRetry() {}

  /** A page scope that runs {@code scope} up to {@code attempts} times while it fails so. */
  static OutboxWalk.PageScope retrying(OutboxWalk.PageScope scope, int attempts) {
    return imports -> {
      for (int attempt = 1; ; attempt++) {
        try {
          scope.run(imports);
          return;
        } catch (RuntimeException e) {
          if (attempt >= attempts || !isTransient(e)) {
            throw e;
          }
          int failed = attempt;
          LOG.info(() -> "Backfill page rolled back by a deadlock, attempt " + failed + "; again");
        }
      }
    };
  }

  /** Whether a cause of {@code e} is an SQL deadlock or serialization failure. */
  static boolean isTransient(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && TRANSIENT.contains(sql.getSQLState())) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }
}
