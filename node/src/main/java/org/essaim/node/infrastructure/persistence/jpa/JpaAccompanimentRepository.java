// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.essaim.node.domain.model.accompaniment.Accompaniment;
import org.essaim.node.domain.model.accompaniment.AccompanimentOutcome;
import org.essaim.node.domain.model.accompaniment.AccompanimentRepository;
import org.essaim.node.domain.model.accompaniment.ProgrammeFormat;

/** Accompaniments in PostgreSQL (V60). */
@ApplicationScoped
public class JpaAccompanimentRepository implements AccompanimentRepository {

  @PersistenceContext(unitName = "essaim")
  private EntityManager entityManager;

  @Override
  public Optional<Accompaniment> find(long projectId, long id) {
    return Optional.ofNullable(entityManager.find(Accompaniment.class, id))
        .filter(a -> a.projectId() == projectId);
  }

  @Override
  public List<Accompaniment> search(
      long projectId,
      Optional<ProgrammeFormat> format,
      Optional<AccompanimentOutcome> outcome,
      boolean newestFirst,
      int offset,
      int limit) {
    String direction = newestFirst ? "DESC" : "ASC";
    TypedQuery<Accompaniment> query =
        entityManager.createQuery(
            "SELECT a FROM Accompaniment a"
                + where(format, outcome)
                + " ORDER BY a.startDate "
                + direction
                + ", a.id "
                + direction,
            Accompaniment.class);
    bind(query, projectId, format, outcome);
    return query.setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  @Override
  public long count(
      long projectId, Optional<ProgrammeFormat> format, Optional<AccompanimentOutcome> outcome) {
    TypedQuery<Long> query =
        entityManager.createQuery(
            "SELECT COUNT(a) FROM Accompaniment a" + where(format, outcome), Long.class);
    bind(query, projectId, format, outcome);
    return query.getSingleResult();
  }

  @Override
  public void add(Accompaniment accompaniment) {
    entityManager.persist(accompaniment);
  }

  @Override
  public void remove(Accompaniment accompaniment) {
    entityManager.remove(accompaniment);
  }

  @Override
  public void flush() {
    entityManager.flush();
  }

  private static String where(
      Optional<ProgrammeFormat> format, Optional<AccompanimentOutcome> outcome) {
    return " WHERE a.projectId = :project"
        + (format.isPresent() ? " AND a.format = :format" : "")
        + (outcome.isPresent() ? " AND a.outcome = :outcome" : "");
  }

  private static void bind(
      TypedQuery<?> query,
      long projectId,
      Optional<ProgrammeFormat> format,
      Optional<AccompanimentOutcome> outcome) {
    query.setParameter("project", projectId);
    format.ifPresent(f -> query.setParameter("format", f));
    outcome.ifPresent(o -> query.setParameter("outcome", o));
  }
}
