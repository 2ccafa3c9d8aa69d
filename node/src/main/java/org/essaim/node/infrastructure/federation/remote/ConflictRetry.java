// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.remote;

import java.sql.SQLException;
import java.util.Set;
import java.util.logging.Logger;
import org.essaim.node.application.federation.copies.OutboxWalk;

/**
 * Runs a backfill page again when its transaction lost a race with another one, as PostgreSQL asks
 * clients to: the victim of a deadlock or of a serialization failure (a page indexes many objects
 * in one transaction, so two backfills walking at once can lock the same new search words in
 * crossing orders), or a unique violation (a live delivery stored a copy of the same object after
 * the page looked for it). The page rolled back whole; run again, it finds what the other
 * transaction wrote and imports the rest.
 */
final class ConflictRetry {

  private static final Logger LOG = Logger.getLogger(ConflictRetry.class.getName());

  /** deadlock_detected, serialization_failure, unique_violation. */
  private static final Set<String> TRANSIENT = Set.of("40P01", "40001", "23505");

  private ConflictRetry() {}

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
          LOG.info(
              () ->
                  "Backfill page rolled back by a concurrent write, attempt " + failed + "; again");
        }
      }
    };
  }

  /** Whether a cause of {@code e} is an SQL deadlock, serialization failure or unique violation. */
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
