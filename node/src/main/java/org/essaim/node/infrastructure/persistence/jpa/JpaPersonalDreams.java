// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.essaim.node.domain.model.dream.Dream;
import org.essaim.node.domain.model.gdpr.PersonalDreams;

/**
 * Dreams by contact address, served by the index of V60 on {@code lower(btrim(contact_email))}.
 * Deletion is native SQL: the foreign keys of V3 and V10 cascade to the themes and the links to
 * défis, and unlink the dreams merged into the deleted ones.
 */
@ApplicationScoped
public class JpaPersonalDreams implements PersonalDreams {

  @PersistenceContext(unitName = "essaim")
  private EntityManager entityManager;

  @Override
  public List<Dream> byContactEmail(String normalisedEmail) {
    @SuppressWarnings("unchecked")
    List<Number> ids =
        entityManager
            .createNativeQuery(
                "SELECT d.id FROM dream d WHERE lower(btrim(d.contact_email)) = ? ORDER BY d.id")
            .setParameter(1, normalisedEmail)
            .getResultList();
    return ids.stream().map(id -> entityManager.find(Dream.class, id.longValue())).toList();
  }

  @Override
  public List<long[]> challengeLinks(Collection<Long> dreamIds) {
    if (dreamIds.isEmpty()) {
      return List.of();
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "SELECT challenge_id, dream_id FROM challenge_dream WHERE dream_id IN ("
                    + ids(dreamIds)
                    + ") ORDER BY dream_id, challenge_id")
            .getResultList();
    return rows.stream()
        .map(r -> new long[] {((Number) r[0]).longValue(), ((Number) r[1]).longValue()})
        .toList();
  }

  @Override
  public int delete(Collection<Long> dreamIds) {
    if (dreamIds.isEmpty()) {
      return 0;
    }
    entityManager.flush();
    int deleted =
        entityManager
            .createNativeQuery("DELETE FROM dream WHERE id IN (" + ids(dreamIds) + ")")
            .executeUpdate();
    // Native SQL bypasses the caches: the deleted dreams, the dreams merged into them and the
    // défis grouping them may be cached. An erasure is rare: forget everything cached.
    entityManager.getEntityManagerFactory().getCache().evictAll();
    entityManager.clear();
    return deleted;
  }

  /** Ids are numbers from the database itself, so writing them into the SQL is safe. */
  private static String ids(Collection<Long> ids) {
    return ids.stream().map(id -> Long.toString(id)).collect(Collectors.joining(", "));
  }
}
