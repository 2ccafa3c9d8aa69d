// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.database;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;

/**
 * Runs a periodic job once per node, however many replicas share the database (table {@code
 * scheduled_run}). Every replica schedules the job; a run takes the job's row with {@code FOR
 * UPDATE SKIP LOCKED} and goes ahead only when no other replica holds it and the last run, by any
 * replica, is about a period old. The job's work, the new run time and the row lock share one
 * transaction: a failed run leaves the last run time as it was (the next replica to try runs it),
 * and a replica that starts just after another ran the job does not run it again.
 *
 * <p>Only for jobs that write shared state or send activities. Work that belongs to one replica
 * (its own search index, its in-memory caches) is scheduled on every replica as before.
 */
@ApplicationScoped
public class ScheduledRuns {

  /** How much earlier than a full period a run is due: the replicas' timers drift apart. */
  static final Duration MAX_SLACK = Duration.ofMinutes(1);

  private final String replica = ManagementFactory.getRuntimeMXBean().getName();

  @PersistenceContext(unitName = "essaim")
  EntityManager entityManager;

  /**
   * Runs {@code work} in this transaction when the job is due and no other replica is running it.
   *
   * @param job the job's name, the same on every replica
   * @param period how often the job runs on the node
   * @return whether {@code work} ran here
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean runIfDue(String job, Duration period, Runnable work) {
    List<Object> due = lockIfDue(job, period);
    if (due.isEmpty() && !known(job)) {
      // A job the migrations did not list: its row is made here once. The known jobs have theirs
      // from V270, so that no first run waits on another replica's uncommitted insert.
      entityManager
          .createNativeQuery(
              "INSERT INTO scheduled_run (job, last_run_at, last_run_by)"
                  + " VALUES (?1, '-infinity', '') ON CONFLICT (job) DO NOTHING")
          .setParameter(1, job)
          .executeUpdate();
      due = lockIfDue(job, period);
    }
    if (due.isEmpty()) {
      return false;
    }
    // The database's clock, not this replica's: the replicas' clocks may differ.
    entityManager
        .createNativeQuery(
            "UPDATE scheduled_run SET last_run_at = now(), last_run_by = ?2 WHERE job = ?1")
        .setParameter(1, job)
        .setParameter(2, replica)
        .executeUpdate();
    work.run();
    return true;
  }

  private List<Object> lockIfDue(String job, Duration period) {
    @SuppressWarnings("unchecked")
    List<Object> due =
        entityManager
            .createNativeQuery(
                "SELECT job FROM scheduled_run WHERE job = ?1"
                    + " AND last_run_at <= now() - (?2 * interval '1 millisecond')"
                    + " FOR UPDATE SKIP LOCKED")
            .setParameter(1, job)
            .setParameter(2, dueAfter(period).toMillis())
            .getResultList();
    return due;
  }

  private boolean known(String job) {
    return !entityManager
        .createNativeQuery("SELECT job FROM scheduled_run WHERE job = ?1")
        .setParameter(1, job)
        .getResultList()
        .isEmpty();
  }

  /** How long after the last run the job is due again: a period less a tenth (a minute at most). */
  static Duration dueAfter(Duration period) {
    Duration slack = period.dividedBy(10);
    return period.minus(slack.compareTo(MAX_SLACK) > 0 ? MAX_SLACK : slack);
  }
}
