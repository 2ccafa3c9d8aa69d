// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.essaim.node.domain.model.registry.Promo;
import org.essaim.node.domain.model.registry.PromoRepository;

@ApplicationScoped
public class JpaPromoRepository implements PromoRepository {

  @PersistenceContext(unitName = "essaim")
  private EntityManager entityManager;

  @Override
  public Optional<Promo> find(long id) {
    return Optional.ofNullable(entityManager.find(Promo.class, id));
  }

  @Override
  public Optional<Promo> findByNumber(int number) {
    return entityManager
        .createQuery("SELECT p FROM Promo p WHERE p.number = :n", Promo.class)
        .setParameter("n", number)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Promo> all() {
    return entityManager
        .createQuery("SELECT p FROM Promo p ORDER BY p.number", Promo.class)
        .getResultList();
  }

  @Override
  public void add(Promo promo) {
    entityManager.persist(promo);
  }

  @Override
  public void remove(Promo promo) {
    entityManager.remove(promo);
  }

  @Override
  public void flush() {
    UniqueViolations.flush(entityManager::flush, "a promo with this number exists already");
  }
}
