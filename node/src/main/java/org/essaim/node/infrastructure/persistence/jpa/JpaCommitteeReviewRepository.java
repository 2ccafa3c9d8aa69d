// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.essaim.node.domain.model.registry.CommitteeReview;
import org.essaim.node.domain.model.registry.CommitteeReviewRepository;

/** Committee reviews; they go with their territory (ON DELETE CASCADE). */
@ApplicationScoped
public class JpaCommitteeReviewRepository implements CommitteeReviewRepository {

  @PersistenceContext(unitName = "essaim")
  private EntityManager entityManager;

  @Override
  public Optional<CommitteeReview> find(long id) {
    return Optional.ofNullable(entityManager.find(CommitteeReview.class, id));
  }

  @Override
  public List<CommitteeReview> byTerritory(long territoryId) {
    return entityManager
        .createQuery(
            "SELECT r FROM CommitteeReview r WHERE r.territoryId = :t"
                + " ORDER BY r.committeeDate DESC, r.id DESC",
            CommitteeReview.class)
        .setParameter("t", territoryId)
        .getResultList();
  }

  @Override
  public void add(CommitteeReview review) {
    entityManager.persist(review);
    entityManager.flush();
  }
}
