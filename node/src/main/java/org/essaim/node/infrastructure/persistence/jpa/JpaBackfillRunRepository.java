// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.essaim.node.domain.model.remote.BackfillRun;
import org.essaim.node.domain.model.remote.BackfillRunRepository;
import org.essaim.node.domain.model.remote.BackfillState;

/** Outbox walk progress in PostgreSQL (table {@code federation_backfill}). */
@ApplicationScoped
public class JpaBackfillRunRepository implements BackfillRunRepository {

  @PersistenceContext(unitName = "essaim")
  private EntityManager entityManager;

  @Override
  public Optional<BackfillRun> find(URI actor) {
    return Optional.ofNullable(entityManager.find(BackfillRun.class, actor.toString()));
  }

  @Override
  public List<BackfillRun> list(int offset, int limit) {
    return entityManager
        .createQuery(
            "SELECT b FROM BackfillRun b ORDER BY b.updatedAt DESC, b.actorId ASC",
            BackfillRun.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long count() {
    return entityManager
        .createQuery("SELECT COUNT(b) FROM BackfillRun b", Long.class)
        .getSingleResult();
  }

  @Override
  public List<BackfillRun> running() {
    return entityManager
        .createQuery("SELECT b FROM BackfillRun b WHERE b.state = :state", BackfillRun.class)
        .setParameter("state", BackfillState.RUNNING)
        .getResultList();
  }

  @Override
  public void add(BackfillRun run) {
    entityManager.persist(run);
  }
}
