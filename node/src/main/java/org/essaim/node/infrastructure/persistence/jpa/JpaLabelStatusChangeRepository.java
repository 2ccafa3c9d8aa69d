// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.essaim.node.domain.model.registry.LabelStatusChange;
import org.essaim.node.domain.model.registry.LabelStatusChangeRepository;

/** Moves along the label path; they go with their territory (ON DELETE CASCADE). */
@ApplicationScoped
public class JpaLabelStatusChangeRepository implements LabelStatusChangeRepository {

  @PersistenceContext(unitName = "essaim")
  private EntityManager entityManager;

  @Override
  public List<LabelStatusChange> byTerritory(long territoryId) {
    return entityManager
        .createQuery(
            "SELECT c FROM LabelStatusChange c WHERE c.territoryId = :t"
                + " ORDER BY c.changedAt DESC, c.id DESC",
            LabelStatusChange.class)
        .setParameter("t", territoryId)
        .getResultList();
  }

  @Override
  public void add(LabelStatusChange change) {
    entityManager.persist(change);
  }
}
