// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.remote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.essaim.federation.vocab.Actor;

/** The {@code remote_actor} table (V102): actor documents as last fetched. */
@ApplicationScoped
public class RemoteActorCache {

  @PersistenceContext(unitName = "essaim")
  EntityManager entityManager;

  /** A cached document and when it was fetched. */
  public record Cached(String document, OffsetDateTime fetchedAt) {}

  /** The cached document of the actor, when fetched after {@code freshAfter}. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Cached> find(URI actorId, OffsetDateTime freshAfter) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "SELECT document, fetched_at FROM remote_actor"
                    + " WHERE actor_id = ?1 AND fetched_at > ?2")
            .setParameter(1, actorId.toString())
            .setParameter(2, freshAfter)
            .getResultList();
    return rows.stream().findFirst().map(row -> new Cached(row[0].toString(), time(row[1])));
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

  /** Stores (or replaces) the document of the actor. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void store(Actor actor, String document, OffsetDateTime fetchedAt) {
    entityManager
        .createNativeQuery(
            "INSERT INTO remote_actor (actor_id, document, inbox, shared_inbox, fetched_at)"
                + " VALUES (?1, ?2, ?3, NULLIF(?4, ''), ?5) ON CONFLICT (actor_id) DO UPDATE SET"
                + " document = EXCLUDED.document, inbox = EXCLUDED.inbox,"
                + " shared_inbox = EXCLUDED.shared_inbox, fetched_at = EXCLUDED.fetched_at")
        .setParameter(1, actor.id().toString())
        .setParameter(2, document)
        .setParameter(3, actor.inbox().toString())
        .setParameter(4, actor.sharedInbox().map(URI::toString).orElse(""))
        .setParameter(5, fetchedAt)
        .executeUpdate();
  }
}
