// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.database;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Runs the start-up steps that look at the database and then write to it (the first administrator,
 * the territory profile, a demo load, a search index rebuild) one replica at a time, under a
 * PostgreSQL transaction-level advisory lock. Replicas started together on a fresh database would
 * otherwise each find no administrator and each create one. The work joins the lock's transaction,
 * so the next replica sees it committed and finds nothing left to do.
 */
@ApplicationScoped
public class StartupLock {

  /** The advisory lock's key: any number no other part of the node locks ("essaim" in ASCII). */
  static final long KEY = 0x657373_61696dL;

  @PersistenceContext(unitName = "essaim")
  EntityManager entityManager;

  /** Runs {@code work} in a new transaction holding the lock (waiting for it if need be). */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void exclusively(Runnable work) {
    entityManager
        .createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(?1)) AS l")
        .setParameter(1, KEY)
        .getSingleResult();
    work.run();
  }
}
