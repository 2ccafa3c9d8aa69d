// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.essaim.node.domain.model.challenge.SolutionIdea;
import org.essaim.node.domain.model.challenge.SolutionIdeaRepository;
import org.essaim.node.domain.model.challenge.SolutionIdeaState;

@ApplicationScoped
public class JpaSolutionIdeaRepository implements SolutionIdeaRepository {

  @PersistenceContext(unitName = "essaim")
  private EntityManager entityManager;

  @Override
  public Optional<SolutionIdea> find(long id) {
    return Optional.ofNullable(entityManager.find(SolutionIdea.class, id));
  }

  @Override
  public List<SolutionIdea> list(
      long challengeId, Set<SolutionIdeaState> states, int offset, int limit) {
    return entityManager
        .createQuery(
            "SELECT s FROM SolutionIdea s WHERE s.challengeId = :challenge"
                + " AND s.state IN :states ORDER BY s.id ASC",
            SolutionIdea.class)
        .setParameter("challenge", challengeId)
        .setParameter("states", List.copyOf(states))
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public boolean anyBecame(long projectId) {
    return !entityManager
        .createQuery("SELECT s.id FROM SolutionIdea s WHERE s.projectId = :project", Long.class)
        .setParameter("project", projectId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public long count(long challengeId, Set<SolutionIdeaState> states) {
    return entityManager
        .createQuery(
            "SELECT COUNT(s) FROM SolutionIdea s WHERE s.challengeId = :challenge"
                + " AND s.state IN :states",
            Long.class)
        .setParameter("challenge", challengeId)
        .setParameter("states", List.copyOf(states))
        .getSingleResult();
  }

  @Override
  public void add(SolutionIdea idea) {
    entityManager.persist(idea);
  }

  @Override
  public void flush() {
    entityManager.flush();
  }
}
