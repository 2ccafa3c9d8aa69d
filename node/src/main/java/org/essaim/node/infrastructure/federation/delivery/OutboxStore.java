// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.essaim.node.application.federation.DeliveryStatus.State;

/**
 * The SQL of the outbox ({@code outbox_activity}, {@code outbox_delivery}); every method is its own
 * short transaction, except {@link #insert}, which joins the caller's.
 *
 * <p>Several replicas share these tables. A claim locks due rows with {@code SKIP LOCKED}, gives
 * them a lease and takes the next {@code claims} number of each (a fencing token); a result is
 * recorded only while that number is still the delivery's. A send that outlived its lease (a paused
 * JVM, a slow peer) may have been claimed and sent again by another replica: its late result is
 * then dropped rather than written over the newer one.
 */
@ApplicationScoped
public class OutboxStore {

  /**
   * A delivery claimed by this process, with what is needed to send it.
   *
   * @param claim the delivery's claim number when this process claimed it (its fencing token)
   */
  public record Claimed(
      long id,
      URI activityId,
      URI inbox,
      String host,
      int attempts,
      Instant createdAt,
      byte[] body,
      int claim) {}

  private static final int MAX_ERROR = 2000;

  @PersistenceContext(unitName = "essaim")
  EntityManager entityManager;

  /** Writes the activity (once per id) and one pending delivery per inbox, in the caller's tx. */
  @Transactional
  public void insert(URI activityId, byte[] body, Set<URI> inboxes, Instant now) {
    Timestamp at = Timestamp.from(now);
    // Two plain statements rather than INSERT … RETURNING: an activity queued again (more inboxes
    // later) keeps its first body and row.
    entityManager
        .createNativeQuery(
            "INSERT INTO outbox_activity (activity_id, body, created_at) VALUES (?1, ?2, ?3)"
                + " ON CONFLICT (activity_id) DO NOTHING")
        .setParameter(1, activityId.toString())
        .setParameter(2, body)
        .setParameter(3, at)
        .executeUpdate();
    Number id =
        (Number)
            entityManager
                .createNativeQuery("SELECT id FROM outbox_activity WHERE activity_id = ?1")
                .setParameter(1, activityId.toString())
                .getSingleResult();
    for (URI inbox : inboxes) {
      entityManager
          .createNativeQuery(
              "INSERT INTO outbox_delivery (activity, inbox, host, state, attempts,"
                  + " next_attempt_at, created_at) VALUES (?1, ?2, ?3, 'PENDING', 0, ?4, ?4)"
                  + " ON CONFLICT (activity, inbox) DO NOTHING")
          .setParameter(1, id.longValue())
          .setParameter(2, inbox.toString())
          .setParameter(3, hostOf(inbox))
          .setParameter(4, at)
          .executeUpdate();
    }
  }

  /**
   * Claims due deliveries: at most one per host, none for a host that has a delivery under a live
   * lease (in flight here or on another replica), rows locked by another claimer skipped. The
   * chosen rows get a lease until {@code now + lease}; the others are left as they were.
   *
   * @param mayGo decides, per host, whether to send now (circuit breaker, in-flight hosts)
   */
  @Transactional
  public List<Claimed> claim(Instant now, Duration lease, int limit, Predicate<String> mayGo) {
    Timestamp at = Timestamp.from(now);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "SELECT d.id, a.activity_id, d.inbox, d.host, d.attempts, d.created_at, a.body"
                    + " FROM outbox_delivery d JOIN outbox_activity a ON a.id = d.activity"
                    + " WHERE d.id IN (SELECT DISTINCT ON (c.host) c.id FROM outbox_delivery c"
                    + "   WHERE c.state = 'PENDING' AND c.next_attempt_at <= ?1"
                    + "   AND (c.locked_until IS NULL OR c.locked_until < ?1)"
                    + "   AND NOT EXISTS (SELECT 1 FROM outbox_delivery l WHERE l.host = c.host"
                    + "     AND l.state = 'PENDING' AND l.locked_until >= ?1)"
                    + "   ORDER BY c.host, c.next_attempt_at, c.id)"
                    // Checked again on d itself: a row another claimer leased and committed
                    // after this statement's snapshot is re-read once locked, and only the
                    // conditions on d are evaluated again then, not the subquery's.
                    + " AND d.state = 'PENDING'"
                    + " AND (d.locked_until IS NULL OR d.locked_until < ?1)"
                    + " ORDER BY d.next_attempt_at, d.id LIMIT ?2"
                    + " FOR UPDATE OF d SKIP LOCKED")
            .setParameter(1, at)
            .setParameter(2, limit)
            .getResultList();
    List<Claimed> claimed = new ArrayList<>();
    Timestamp until = Timestamp.from(now.plus(lease));
    for (Object[] row : rows) {
      String host = (String) row[3];
      if (!mayGo.test(host)) {
        continue;
      }
      long id = ((Number) row[0]).longValue();
      Number claim =
          (Number)
              entityManager
                  .createNativeQuery(
                      "UPDATE outbox_delivery SET locked_until = ?1, claims = claims + 1"
                          + " WHERE id = ?2 RETURNING claims")
                  .setParameter(1, until)
                  .setParameter(2, id)
                  .getSingleResult();
      claimed.add(
          new Claimed(
              id,
              URI.create((String) row[1]),
              URI.create((String) row[2]),
              host,
              ((Number) row[4]).intValue(),
              instant(row[5]),
              (byte[]) row[6],
              claim.intValue()));
    }
    return claimed;
  }

  /**
   * Records a delivered attempt.
   *
   * @return false when the claim was lost (the lease ran out and the delivery was claimed again):
   *     nothing was written
   */
  @Transactional
  public boolean delivered(Claimed delivery, int status, Instant now) {
    return update(delivery, State.DELIVERED, now, status, null, now);
  }

  /**
   * Records a failed attempt to be retried at {@code next}.
   *
   * @return false when the claim was lost: nothing was written
   */
  @Transactional
  public boolean retryAt(Claimed delivery, Integer status, String error, Instant next) {
    return update(delivery, State.PENDING, next, status, error, null);
  }

  /**
   * Records an attempt after which the delivery is given up.
   *
   * @return false when the claim was lost: nothing was written
   */
  @Transactional
  public boolean failed(Claimed delivery, Integer status, String reason, Instant now) {
    return update(delivery, State.FAILED, now, status, reason, null);
  }

  /** What {@link #makeDue} found. */
  public enum MadeDue {
    DONE,
    NOT_FOUND,
    DELIVERED
  }

  /** Makes a pending or failed delivery pending and due now (attempts kept). */
  @Transactional
  public MadeDue makeDue(long id, Instant now) {
    @SuppressWarnings("unchecked")
    List<Object> states =
        entityManager
            .createNativeQuery("SELECT state FROM outbox_delivery WHERE id = ?1 FOR UPDATE")
            .setParameter(1, id)
            .getResultList();
    if (states.isEmpty()) {
      return MadeDue.NOT_FOUND;
    }
    if (State.DELIVERED.name().equals(states.get(0))) {
      return MadeDue.DELIVERED;
    }
    entityManager
        .createNativeQuery(
            "UPDATE outbox_delivery SET state = 'PENDING', next_attempt_at = ?1,"
                + " locked_until = NULL WHERE id = ?2")
        .setParameter(1, Timestamp.from(now))
        .setParameter(2, id)
        .executeUpdate();
    return MadeDue.DONE;
  }

  // The claim number, not the lease's end, decides: a lease checked against this process's clock
  // would trust clocks that differ between replicas.
  private boolean update(
      Claimed delivery,
      State state,
      Instant next,
      Integer status,
      String error,
      Instant deliveredAt) {
    return entityManager
            .createNativeQuery(
                "UPDATE outbox_delivery SET state = ?1, attempts = attempts + 1,"
                    + " next_attempt_at = ?2, locked_until = NULL,"
                    + " last_status = CAST(?3 AS integer), last_error = CAST(?4 AS text),"
                    + " delivered_at = CAST(?5 AS timestamptz)"
                    + " WHERE id = ?6 AND state = 'PENDING' AND claims = ?7")
            .setParameter(1, state.name())
            .setParameter(2, Timestamp.from(next))
            .setParameter(3, status)
            .setParameter(4, error == null ? null : truncate(error))
            .setParameter(5, deliveredAt == null ? null : Timestamp.from(deliveredAt))
            .setParameter(6, delivery.id())
            .setParameter(7, delivery.claim())
            .executeUpdate()
        == 1;
  }

  /** host[:port] of an inbox, lower case. */
  public static String hostOf(URI inbox) {
    return org.essaim.node.infrastructure.federation.http.FetchJournal.hostOf(inbox);
  }

  static Instant instant(Object value) {
    return Optional.ofNullable(offset(value)).map(OffsetDateTime::toInstant).orElse(null);
  }

  static OffsetDateTime offset(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof OffsetDateTime) {
      return ((OffsetDateTime) value).withOffsetSameInstant(ZoneOffset.UTC);
    }
    if (value instanceof Timestamp) {
      return ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }
    if (value instanceof java.util.Date) {
      return ((java.util.Date) value).toInstant().atOffset(ZoneOffset.UTC);
    }
    throw new IllegalStateException("Unexpected time value " + value.getClass());
  }

  private static String truncate(String text) {
    return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR);
  }
}
