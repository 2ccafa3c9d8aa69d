// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.essaim.node.domain.model.gdpr.ErasureLog;
import org.essaim.node.domain.model.gdpr.ErasureLogEntry;

/** The erasure log in PostgreSQL (V60). */
@ApplicationScoped
public class JpaErasureLog implements ErasureLog {

  @PersistenceContext(unitName = "essaim")
  private EntityManager entityManager;

  @Override
  public void add(ErasureLogEntry entry) {
    entityManager.persist(entry);
  }

  @Override
  public List<ErasureLogEntry> bySubject(String subjectHash) {
    return entityManager
        .createQuery(
            "SELECT e FROM ErasureLogEntry e WHERE e.subjectHash = :hash ORDER BY e.erasedAt, e.id",
            ErasureLogEntry.class)
        .setParameter("hash", subjectHash)
        .getResultList();
  }
}
