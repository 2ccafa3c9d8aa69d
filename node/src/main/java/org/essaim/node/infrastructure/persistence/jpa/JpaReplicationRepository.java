// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.essaim.node.domain.model.solution.Replication;
import org.essaim.node.domain.model.solution.ReplicationRepository;
import org.essaim.node.domain.model.solution.ReplicationStatus;

/** Replications in PostgreSQL. */
@ApplicationScoped
public class JpaReplicationRepository implements ReplicationRepository {

  @PersistenceContext(unitName = "essaim")
  private EntityManager entityManager;

  @Override
  public Optional<Replication> find(long id) {
    return Optional.ofNullable(entityManager.find(Replication.class, id));
  }

  @Override
  public List<Replication> list(
      long solutionId, Set<ReplicationStatus> statuses, int offset, int limit) {
    return entityManager
        .createQuery(
            "SELECT r FROM Replication r WHERE r.solutionId = :solution AND r.status IN :statuses"
                + " ORDER BY r.interestedOn ASC, r.id ASC",
            Replication.class)
        .setParameter("solution", solutionId)
        .setParameter("statuses", List.copyOf(statuses))
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long count(long solutionId, Set<ReplicationStatus> statuses) {
    return entityManager
        .createQuery(
            "SELECT COUNT(r) FROM Replication r WHERE r.solutionId = :solution"
                + " AND r.status IN :statuses",
            Long.class)
        .setParameter("solution", solutionId)
        .setParameter("statuses", List.copyOf(statuses))
        .getSingleResult();
  }

  @Override
  public void add(Replication replication) {
    entityManager.persist(replication);
  }

  @Override
  public void remove(Replication replication) {
    entityManager.remove(replication);
  }

  @Override
  public void flush() {
    entityManager.flush();
  }
}
