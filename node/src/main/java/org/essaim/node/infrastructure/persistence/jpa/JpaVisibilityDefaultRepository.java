// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.essaim.node.domain.model.visibility.ShareableKind;
import org.essaim.node.domain.model.visibility.VisibilityDefault;
import org.essaim.node.domain.model.visibility.VisibilityDefaultRepository;

/** The visibility defaults in PostgreSQL (V70). */
@ApplicationScoped
public class JpaVisibilityDefaultRepository implements VisibilityDefaultRepository {

  @PersistenceContext(unitName = "essaim")
  private EntityManager entityManager;

  @Override
  public Optional<VisibilityDefault> find(ShareableKind kind) {
    return Optional.ofNullable(entityManager.find(VisibilityDefault.class, kind));
  }

  @Override
  public List<VisibilityDefault> all() {
    return entityManager
        .createQuery("SELECT v FROM VisibilityDefault v", VisibilityDefault.class)
        .getResultList();
  }

  @Override
  public void add(VisibilityDefault choice) {
    entityManager.persist(choice);
  }

  @Override
  public void flush() {
    UniqueViolations.flush(
        entityManager::flush, "another administrator chose this default at the same time");
  }
}
