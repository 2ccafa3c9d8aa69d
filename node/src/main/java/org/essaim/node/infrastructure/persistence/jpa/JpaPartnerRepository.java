// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.essaim.node.domain.model.partner.Partner;
import org.essaim.node.domain.model.partner.PartnerRepository;

@ApplicationScoped
public class JpaPartnerRepository implements PartnerRepository {

  @PersistenceContext(unitName = "essaim")
  private EntityManager entityManager;

  @Override
  public Optional<Partner> find(long id) {
    return Optional.ofNullable(entityManager.find(Partner.class, id));
  }

  @Override
  public Optional<Partner> findByOrganization(long organizationId) {
    return entityManager
        .createQuery("SELECT p FROM Partner p WHERE p.organizationId = :o", Partner.class)
        .setParameter("o", organizationId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Partner> list(Boolean inCircle, boolean publicOnly, int offset, int limit) {
    NativeWhere where = where(inCircle, publicOnly);
    return where.load(
        entityManager,
        "SELECT p.id FROM partner p JOIN organization o ON o.id = p.organization_id"
            + where.sql()
            + " ORDER BY lower(o.name), p.id LIMIT "
            + limit
            + " OFFSET "
            + offset,
        Partner.class,
        "Partner",
        Partner::id);
  }

  @Override
  public long count(Boolean inCircle, boolean publicOnly) {
    return where(inCircle, publicOnly)
        .count(entityManager, "partner p JOIN organization o ON o.id = p.organization_id");
  }

  @Override
  public void add(Partner partner) {
    entityManager.persist(partner);
  }

  @Override
  public void remove(Partner partner) {
    entityManager.remove(partner);
  }

  @Override
  public void flush() {
    UniqueViolations.flush(entityManager::flush, "this organisation is already a partner");
  }

  private static NativeWhere where(Boolean inCircle, boolean publicOnly) {
    NativeWhere where = new NativeWhere();
    if (inCircle != null) {
      where.and("p.in_circle = ?", inCircle);
    }
    if (publicOnly) {
      where.and("o.visibility IN ('PUBLIC', 'NODE_PUBLIC')");
    }
    return where;
  }
}
