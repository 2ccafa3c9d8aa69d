// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.essaim.node.domain.model.remote.CopyAudience;
import org.essaim.node.domain.model.remote.RemoteObject;
import org.essaim.node.domain.model.remote.RemoteObjectRepository;
import org.essaim.node.domain.model.remote.RemoteObjectSearch;

/** Remote copies in PostgreSQL (table {@code remote_object}). */
@ApplicationScoped
public class JpaRemoteObjectRepository implements RemoteObjectRepository {

  @PersistenceContext(unitName = "essaim")
  private EntityManager entityManager;

  @Override
  public Optional<RemoteObject> findByObjectId(URI objectId) {
    return entityManager
        .createQuery("SELECT r FROM RemoteObject r WHERE r.objectId = :id", RemoteObject.class)
        .setParameter("id", objectId.toString())
        .getResultList()
        .stream()
        .findFirst();
  }

  @Override
  public Optional<RemoteObject> find(long id) {
    return Optional.ofNullable(entityManager.find(RemoteObject.class, id));
  }

  @Override
  public List<RemoteObject> search(RemoteObjectSearch search, int offset, int limit) {
    Where where = where(search);
    TypedQuery<RemoteObject> query =
        entityManager.createQuery(
            "SELECT r FROM RemoteObject r WHERE "
                + where.jpql
                + " ORDER BY COALESCE(r.published, r.receivedAt) DESC, r.id DESC",
            RemoteObject.class);
    where.bind(query);
    return query.setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  @Override
  public long count(RemoteObjectSearch search) {
    Where where = where(search);
    TypedQuery<Long> query =
        entityManager.createQuery(
            "SELECT COUNT(r) FROM RemoteObject r WHERE " + where.jpql, Long.class);
    where.bind(query);
    return query.getSingleResult();
  }

  @Override
  public void add(RemoteObject object) {
    entityManager.persist(object);
  }

  private static Where where(RemoteObjectSearch search) {
    Where where = new Where();
    where.jpql = "r.deletedAt IS NULL";
    if (search.publicOnly()) {
      where.and("r.audience = ?", CopyAudience.PUBLIC);
    }
    search.kind().ifPresent(k -> where.and("r.kind = ?", k));
    search.originHost().ifPresent(h -> where.and("r.originHost = ?", h));
    search
        .text()
        .ifPresent(
            t -> {
              String pattern = "%" + escape(t.toLowerCase(Locale.ROOT)) + "%";
              where.and(
                  "(LOWER(r.name) LIKE ? ESCAPE '\\' OR LOWER(r.summary) LIKE ? ESCAPE '\\')",
                  pattern,
                  pattern);
            });
    return where;
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /** A JPQL condition with positional parameters ({@code ?} becomes {@code ?n}). */
  private static final class Where {
    private String jpql;
    private final List<Object> values = new ArrayList<>();

    void and(String fragment, Object... parameters) {
      StringBuilder numbered = new StringBuilder();
      int next = 0;
      for (char c : fragment.toCharArray()) {
        if (c == '?') {
          values.add(parameters[next++]);
          numbered.append('?').append(values.size());
        } else {
          numbered.append(c);
        }
      }
      jpql = jpql + " AND " + numbered;
    }

    void bind(TypedQuery<?> query) {
      for (int i = 0; i < values.size(); i++) {
        query.setParameter(i + 1, values.get(i));
      }
    }
  }
}
