// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.essaim.node.domain.model.consent.ConsentRecord;
import org.essaim.node.domain.model.consent.ConsentRecordRepository;
import org.essaim.node.domain.model.consent.ConsentSource;

/** Consent records in PostgreSQL (V60). */
@ApplicationScoped
public class JpaConsentRecordRepository implements ConsentRecordRepository {

  @PersistenceContext(unitName = "essaim")
  private EntityManager entityManager;

  @Override
  public void add(ConsentRecord record) {
    entityManager.persist(record);
  }

  @Override
  public List<ConsentRecord> bySource(ConsentSource source, long sourceId) {
    return entityManager
        .createQuery(
            "SELECT c FROM ConsentRecord c WHERE c.sourceKind = :kind AND c.sourceId = :id"
                + " ORDER BY c.givenAt, c.id",
            ConsentRecord.class)
        .setParameter("kind", source)
        .setParameter("id", sourceId)
        .getResultList();
  }

  @Override
  public List<ConsentRecord> byEmail(String normalisedEmail) {
    return entityManager
        .createQuery(
            "SELECT c FROM ConsentRecord c WHERE c.subjectEmail = :email ORDER BY c.givenAt, c.id",
            ConsentRecord.class)
        .setParameter("email", normalisedEmail)
        .getResultList();
  }

  @Override
  public int deleteByEmail(String normalisedEmail) {
    return entityManager
        .createQuery("DELETE FROM ConsentRecord c WHERE c.subjectEmail = :email")
        .setParameter("email", normalisedEmail)
        .executeUpdate();
  }

  @Override
  public void flush() {
    entityManager.flush();
  }
}
