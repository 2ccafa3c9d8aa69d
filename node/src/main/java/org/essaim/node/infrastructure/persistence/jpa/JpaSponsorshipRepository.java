// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.essaim.node.domain.model.registry.Sponsorship;
import org.essaim.node.domain.model.registry.SponsorshipRepository;

@ApplicationScoped
public class JpaSponsorshipRepository implements SponsorshipRepository {

  @PersistenceContext(unitName = "essaim")
  private EntityManager entityManager;

  @Override
  public Optional<Sponsorship> find(long id) {
    return Optional.ofNullable(entityManager.find(Sponsorship.class, id));
  }

  @Override
  public List<Sponsorship> all() {
    return entityManager
        .createQuery("SELECT s FROM Sponsorship s ORDER BY s.id", Sponsorship.class)
        .getResultList();
  }

  @Override
  public List<Sponsorship> involving(long territoryId) {
    return entityManager
        .createQuery(
            "SELECT s FROM Sponsorship s WHERE s.sponsorId = :t OR s.sponseeId = :t ORDER BY s.id",
            Sponsorship.class)
        .setParameter("t", territoryId)
        .getResultList();
  }

  @Override
  public void add(Sponsorship sponsorship) {
    entityManager.persist(sponsorship);
    UniqueViolations.flush(
        entityManager::flush, "this territory already has an active sponsorship");
  }

  @Override
  public void remove(Sponsorship sponsorship) {
    entityManager.remove(sponsorship);
  }
}
