// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.persistence.jpa;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.essaim.node.application.ConflictException;

/**
 * Turns a unique-constraint violation found at flush time (two requests racing past the service's
 * own check) into the same 409 the check gives.
 */
final class UniqueViolations {
  private static final String UNIQUE_VIOLATION = "23505";

  private UniqueViolations() {}

  static void flush(Runnable flush, String message) {
    try {
      flush.run();
    } catch (PersistenceException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
          throw new ConflictException(message);
        }
      }
      throw e;
    }
  }
}
