// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.essaim.node.domain.model.territory.Territory;
import org.essaim.node.domain.model.territory.TerritoryRepository;

@ApplicationScoped
public class JpaTerritoryRepository implements TerritoryRepository {

  @PersistenceContext(unitName = "essaim")
  private EntityManager entityManager;

  @Override
  public Optional<Territory> thisNode() {
    return Optional.ofNullable(entityManager.find(Territory.class, Territory.THIS_NODE));
  }

  @Override
  public void add(Territory territory) {
    entityManager.persist(territory);
  }

  @Override
  public void flush() {
    entityManager.flush();
  }
}
