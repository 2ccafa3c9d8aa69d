// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.inbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.essaim.node.application.Page;
import org.essaim.node.application.PageRequest;

/**
 * The inbox tables in PostgreSQL (V102, V103): the replay cache, the queue of verified activities
 * (unique by activity id) and the journal. Every method runs in its own transaction but {@link
 * #complete}, which joins the handler's.
 */
@ApplicationScoped
public class InboxStore {

  /** A verified activity as the inbox accepted it. */
  public record Accepted(
      String inbox,
      URI actor,
      URI keyId,
      URI activityId,
      String activityType,
      String document,
      String replayKey,
      OffsetDateTime receivedAt) {}

  /** What {@link #accept} made of an activity. */
  public enum Acceptance {
    QUEUED,
    DUPLICATE,
    REPLAYED
  }

  /** An activity claimed by a worker, with the attempt it is on (1 for the first). */
  public record Claimed(
      long id,
      URI activityId,
      String activityType,
      URI actor,
      String document,
      OffsetDateTime receivedAt,
      int attempt,
      long journalId) {}

  /** Fired when an activity is queued: the worker starts once the transaction commits. */
  public record ActivityQueued(URI activityId) {}

  @PersistenceContext(unitName = "essaim")
  EntityManager entityManager;

  @Inject Event<ActivityQueued> queued;

  /** Writes a journal entry (a rejected request) and returns its number. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public long journal(JournalEntry entry) {
    return insertJournal(entry);
  }

  /**
   * Records a verified activity: its signature in the replay cache, then the activity in the queue
   * unless its id is already there, and the journal entry saying which.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Acceptance accept(Accepted activity) {
    int fresh =
        entityManager
            .createNativeQuery(
                "INSERT INTO inbox_replay (signature_hash, expires_at) VALUES (?1, ?2)"
                    + " ON CONFLICT (signature_hash) DO NOTHING")
            .setParameter(1, activity.replayKey())
            .setParameter(2, utc(ReplayKeys.expiry(activity.receivedAt().toInstant())))
            .executeUpdate();
    if (fresh == 0) {
      insertJournal(
          entry(
              activity,
              401,
              JournalOutcome.REJECTED,
              "replayed: this signed request was already received"));
      return Acceptance.REPLAYED;
    }
    long journalId =
        insertJournal(
            entry(activity, 202, JournalOutcome.QUEUED, "accepted, waiting for its handler"));
    @SuppressWarnings("unchecked")
    List<Object> inserted =
        entityManager
            .createNativeQuery(
                "INSERT INTO inbox_activity (activity_id, activity_type, actor_id, document,"
                    + " received_at, state, attempts, next_attempt_at, journal_id)"
                    + " VALUES (?1, ?2, ?3, ?4, ?5, 'PENDING', 0, ?7, ?6)"
                    + " ON CONFLICT (activity_id) DO NOTHING RETURNING id")
            .setParameter(1, activity.activityId().toString())
            .setParameter(2, activity.activityType())
            .setParameter(3, activity.actor().toString())
            .setParameter(4, activity.document())
            .setParameter(5, activity.receivedAt())
            .setParameter(6, journalId)
            .setParameter(7, activity.receivedAt())
            .getResultList();
    if (inserted.isEmpty()) {
      setOutcome(
          journalId,
          JournalOutcome.IGNORED,
          "ignored: duplicate (this activity id was already received)");
      return Acceptance.DUPLICATE;
    }
    queued.fire(new ActivityQueued(activity.activityId()));
    return Acceptance.QUEUED;
  }

  /**
   * Claims the oldest due activity for {@code lease}: no other worker (of this process or of
   * another replica) takes it until it is done or the lease runs out (a killed process).
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<Claimed> claim(Duration lease) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "UPDATE inbox_activity SET attempts = attempts + 1,"
                    + " lease_until = now() + (?1 * interval '1 second')"
                    + " WHERE id = (SELECT id FROM inbox_activity WHERE state = 'PENDING'"
                    + " AND next_attempt_at <= now()"
                    + " AND (lease_until IS NULL OR lease_until < now())"
                    + " ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED)"
                    + " RETURNING id, activity_id, activity_type, actor_id, document, received_at,"
                    + " attempts, journal_id")
            .setParameter(1, lease.toSeconds())
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = rows.get(0);
    return Optional.of(
        new Claimed(
            ((Number) row[0]).longValue(),
            URI.create(row[1].toString()),
            row[2].toString(),
            URI.create(row[3].toString()),
            row[4].toString(),
            time(row[5]),
            ((Number) row[6]).intValue(),
            row[7] == null ? 0 : ((Number) row[7]).longValue()));
  }

  /**
   * Marks a claimed activity done, in the handler's transaction, with its outcome — only if the
   * claim is still ours: {@code attempts} counts the claims, so a worker whose lease ran out and
   * whose activity was claimed again (by this process or another replica) finds another number.
   *
   * @throws LeaseLostException then, which rolls the handler's transaction back: its work is
   *     dropped and the newer claim's stands, so an activity's effects commit once
   */
  @Transactional(Transactional.TxType.REQUIRED)
  public void complete(Claimed claimed, JournalOutcome outcome, String reason) {
    int updated =
        entityManager
            .createNativeQuery(
                "UPDATE inbox_activity SET state = 'DONE', lease_until = NULL"
                    + " WHERE id = ?1 AND attempts = ?2 AND state = 'PENDING'")
            .setParameter(1, claimed.id())
            .setParameter(2, claimed.attempt())
            .executeUpdate();
    if (updated == 0) {
      throw new LeaseLostException(claimed);
    }
    setOutcome(claimed.journalId(), outcome, reason);
  }

  /**
   * After a handler failed (an exception, this node's failure): tries again later with {@link
   * InboxBackoff}, or gives up after {@value InboxBackoff#MAX_ATTEMPTS} attempts. Nothing is
   * written when the claim was lost meanwhile (see {@link #complete}).
   *
   * @return false when the claim was lost
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean failed(Claimed claimed, String error) {
    String reason = truncate(error, 500);
    if (InboxBackoff.exhausted(claimed.attempt())) {
      int updated =
          entityManager
              .createNativeQuery(
                  "UPDATE inbox_activity SET state = 'FAILED', lease_until = NULL,"
                      + " last_error = ?2 WHERE id = ?1 AND attempts = ?3 AND state = 'PENDING'")
              .setParameter(1, claimed.id())
              .setParameter(2, reason)
              .setParameter(3, claimed.attempt())
              .executeUpdate();
      if (updated == 0) {
        return false;
      }
      setOutcome(
          claimed.journalId(),
          JournalOutcome.FAILED,
          "failed " + claimed.attempt() + " times on this node: " + reason);
    } else {
      int updated =
          entityManager
              .createNativeQuery(
                  "UPDATE inbox_activity SET lease_until = NULL, last_error = ?2,"
                      + " next_attempt_at = now() + (?3 * interval '1 second')"
                      + " WHERE id = ?1 AND attempts = ?4 AND state = 'PENDING'")
              .setParameter(1, claimed.id())
              .setParameter(2, reason)
              .setParameter(3, InboxBackoff.delayAfter(claimed.attempt()).toSeconds())
              .setParameter(4, claimed.attempt())
              .executeUpdate();
      if (updated == 0) {
        return false;
      }
      setOutcome(
          claimed.journalId(),
          JournalOutcome.QUEUED,
          "attempt " + claimed.attempt() + " failed on this node, retried later: " + reason);
    }
    return true;
  }

  /**
   * Deletes journal entries and finished activities older than {@code retention}, and old replay
   * keys.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int purge(Duration retention) {
    long seconds = retention.toSeconds();
    int deleted =
        entityManager
            .createNativeQuery(
                "DELETE FROM inbound_journal WHERE received_at < now() - (?1 * interval '1 second')")
            .setParameter(1, seconds)
            .executeUpdate();
    deleted +=
        entityManager
            .createNativeQuery(
                "DELETE FROM inbox_activity WHERE state <> 'PENDING'"
                    + " AND received_at < now() - (?1 * interval '1 second')")
            .setParameter(1, seconds)
            .executeUpdate();
    deleted +=
        entityManager
            .createNativeQuery("DELETE FROM inbox_replay WHERE expires_at < now()")
            .executeUpdate();
    return deleted;
  }

  /** One page of the journal, newest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<JournalEntry> journal(JournalFilter filter, PageRequest page) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    List<Object> params = new ArrayList<>();
    filter.outcome().ifPresent(o -> condition(where, params, "outcome", o.name()));
    filter.actor().ifPresent(a -> condition(where, params, "actor_id", a));
    filter
        .host()
        .ifPresent(h -> condition(where, params, "actor_host", h.toLowerCase(Locale.ROOT)));
    filter.activity().ifPresent(a -> condition(where, params, "activity_id", a));
    Query count = entityManager.createNativeQuery("SELECT count(*) FROM inbound_journal" + where);
    bind(count, params);
    long total = ((Number) count.getSingleResult()).longValue();
    Query select =
        entityManager.createNativeQuery(
            "SELECT id, received_at, inbox, actor_id, key_id, activity_id, activity_type, status,"
                + " outcome, reason, updated_at FROM inbound_journal"
                + where
                + " ORDER BY received_at DESC, id DESC LIMIT "
                + page.size()
                + " OFFSET "
                + page.offset());
    bind(select, params);
    @SuppressWarnings("unchecked")
    List<Object[]> rows = select.getResultList();
    List<JournalEntry> entries = new ArrayList<>();
    for (Object[] row : rows) {
      entries.add(
          new JournalEntry(
              ((Number) row[0]).longValue(),
              time(row[1]),
              row[2].toString(),
              uri(row[3]),
              uri(row[4]),
              uri(row[5]),
              row[6] == null ? null : row[6].toString(),
              ((Number) row[7]).intValue(),
              JournalOutcome.valueOf(row[8].toString()),
              row[9].toString(),
              time(row[10])));
    }
    return new Page<>(entries, page.page(), page.size(), total);
  }

  private static void condition(StringBuilder where, List<Object> params, String column, Object v) {
    params.add(v);
    where.append(" AND ").append(column).append(" = ?").append(params.size());
  }

  private static void bind(Query query, List<Object> params) {
    for (int i = 0; i < params.size(); i++) {
      query.setParameter(i + 1, params.get(i));
    }
  }

  private long insertJournal(JournalEntry entry) {
    Object id =
        entityManager
            .createNativeQuery(
                "INSERT INTO inbound_journal (received_at, inbox, actor_id, actor_host, key_id,"
                    + " activity_id, activity_type, status, outcome, reason, updated_at)"
                    + " VALUES (?1, ?2, NULLIF(?3, ''), NULLIF(?4, ''), NULLIF(?5, ''),"
                    + " NULLIF(?6, ''), NULLIF(?7, ''), ?8, ?9, ?10, now()) RETURNING id")
            .setParameter(1, entry.receivedAt())
            .setParameter(2, entry.inbox())
            .setParameter(3, text(entry.actor()))
            .setParameter(4, entry.actorHost().orElse(""))
            .setParameter(5, text(entry.keyId()))
            .setParameter(6, text(entry.activityId()))
            .setParameter(7, entry.activityType() == null ? "" : entry.activityType())
            .setParameter(8, entry.status())
            .setParameter(9, entry.outcome().name())
            .setParameter(10, truncate(entry.reason(), 1000))
            .getSingleResult();
    return ((Number) id).longValue();
  }

  private void setOutcome(long journalId, JournalOutcome outcome, String reason) {
    entityManager
        .createNativeQuery(
            "UPDATE inbound_journal SET outcome = ?2, reason = ?3, updated_at = now() WHERE id = ?1")
        .setParameter(1, journalId)
        .setParameter(2, outcome.name())
        .setParameter(3, truncate(reason, 1000))
        .executeUpdate();
  }

  private static JournalEntry entry(
      Accepted activity, int status, JournalOutcome outcome, String reason) {
    return new JournalEntry(
        0,
        activity.receivedAt(),
        activity.inbox(),
        activity.actor(),
        activity.keyId(),
        activity.activityId(),
        activity.activityType(),
        status,
        outcome,
        reason,
        activity.receivedAt());
  }

  private static String text(URI uri) {
    return uri == null ? "" : uri.toString();
  }

  private static URI uri(Object value) {
    return value == null ? null : URI.create(value.toString());
  }

  static String truncate(String value, int max) {
    String v = value == null ? "" : value;
    return v.length() <= max ? v : v.substring(0, max - 1) + "…";
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static OffsetDateTime time(Object value) {
    if (value instanceof OffsetDateTime odt) {
      return odt.withOffsetSameInstant(ZoneOffset.UTC);
    }
    if (value instanceof java.sql.Timestamp ts) {
      return ts.toInstant().atOffset(ZoneOffset.UTC);
    }
    if (value instanceof java.time.LocalDateTime ldt) {
      return ldt.atOffset(ZoneOffset.UTC);
    }
    throw new IllegalStateException("Unexpected time value " + value);
  }
}
