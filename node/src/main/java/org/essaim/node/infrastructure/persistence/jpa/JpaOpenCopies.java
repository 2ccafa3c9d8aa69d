// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.essaim.node.domain.model.remote.OpenCopies;
import org.essaim.node.domain.model.remote.RemoteObject;
import org.essaim.node.domain.model.remote.RemoteObjectKind;

/** Open copies in PostgreSQL: {@code remote_object} joined to the search index's consent. */
@ApplicationScoped
public class JpaOpenCopies implements OpenCopies {

  // The consent to public indexing is the search index's verdict (docs/search.md, "Who finds
  // what"), kept in step with the copies in the transaction of each change.
  private static final String OPEN =
      " FROM remote_object r JOIN search_document s"
          + " ON s.object_uri = r.object_id AND s.origin = 'REMOTE' AND s.public_searchable"
          + " WHERE r.deleted_at IS NULL AND r.audience = 'PUBLIC' AND r.kind = ?1";

  @PersistenceContext(unitName = "essaim")
  private EntityManager entityManager;

  @Override
  @SuppressWarnings("unchecked")
  public List<RemoteObject> page(RemoteObjectKind kind, long afterId, int limit) {
    return entityManager
        .createNativeQuery(
            "SELECT r.*" + OPEN + " AND r.id > ?2 ORDER BY r.id LIMIT ?3", RemoteObject.class)
        .setParameter(1, kind.name())
        .setParameter(2, afterId)
        .setParameter(3, limit)
        .getResultList();
  }

  @Override
  public long count(RemoteObjectKind kind) {
    return ((Number)
            entityManager
                .createNativeQuery("SELECT COUNT(*)" + OPEN)
                .setParameter(1, kind.name())
                .getSingleResult())
        .longValue();
  }

  @Override
  public Optional<OffsetDateTime> changedAt(RemoteObjectKind kind) {
    Object latest =
        entityManager
            .createNativeQuery(
                "SELECT MAX(refreshed_at) FROM remote_object"
                    + " WHERE audience = 'PUBLIC' AND kind = ?1")
            .setParameter(1, kind.name())
            .getSingleResult();
    return Optional.ofNullable(latest).map(JpaOpenCopies::utc);
  }

  private static OffsetDateTime utc(Object value) {
    if (value instanceof OffsetDateTime time) {
      return time;
    }
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant().atOffset(ZoneOffset.UTC);
    }
    if (value instanceof Instant instant) {
      return instant.atOffset(ZoneOffset.UTC);
    }
    throw new IllegalStateException("unexpected timestamp type " + value.getClass());
  }
}
