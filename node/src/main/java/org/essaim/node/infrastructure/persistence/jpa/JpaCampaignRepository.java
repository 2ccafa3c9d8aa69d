// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.essaim.node.domain.model.campaign.Campaign;
import org.essaim.node.domain.model.campaign.CampaignRepository;
import org.essaim.node.domain.model.campaign.CampaignState;

@ApplicationScoped
public class JpaCampaignRepository implements CampaignRepository {

  @PersistenceContext(unitName = "essaim")
  private EntityManager entityManager;

  @Override
  public Optional<Campaign> find(long id) {
    return Optional.ofNullable(entityManager.find(Campaign.class, id));
  }

  @Override
  public List<Campaign> list(Set<CampaignState> states, int offset, int limit) {
    return entityManager
        .createQuery(
            "SELECT c FROM Campaign c WHERE c.state IN :states"
                + " ORDER BY c.startDate DESC, c.id DESC",
            Campaign.class)
        .setParameter("states", List.copyOf(states))
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long count(Set<CampaignState> states) {
    return entityManager
        .createQuery("SELECT COUNT(c) FROM Campaign c WHERE c.state IN :states", Long.class)
        .setParameter("states", List.copyOf(states))
        .getSingleResult();
  }

  @Override
  public void add(Campaign campaign) {
    entityManager.persist(campaign);
  }

  @Override
  public void flush() {
    entityManager.flush();
  }
}
