// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.essaim.node.domain.model.solution.TransferableSolution;
import org.essaim.node.domain.model.solution.TransferableSolutionRepository;
import org.essaim.node.domain.model.solution.TransferableSolutionSearch;

/** Transferable solutions in PostgreSQL; the text search uses the French GIN index of V50. */
@ApplicationScoped
public class JpaTransferableSolutionRepository implements TransferableSolutionRepository {

  private static final String TEXT =
      "to_tsvector('french', essaim_unaccent(s.title || ' ' || coalesce(s.problem_addressed, '')"
          + " || ' ' || coalesce(s.model, ''))) @@ plainto_tsquery('french', essaim_unaccent(?))";

  @PersistenceContext(unitName = "essaim")
  private EntityManager entityManager;

  @Override
  public Optional<TransferableSolution> find(long id) {
    return Optional.ofNullable(entityManager.find(TransferableSolution.class, id));
  }

  @Override
  public boolean anyDerivesFrom(long projectId) {
    return !entityManager
        .createQuery(
            "SELECT s.id FROM TransferableSolution s WHERE s.projectId = :project", Long.class)
        .setParameter("project", projectId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public boolean anyContacts(long organizationId) {
    return !entityManager
        .createQuery(
            "SELECT s.id FROM TransferableSolution s WHERE s.contactOrganizationId = :org",
            Long.class)
        .setParameter("org", organizationId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public List<TransferableSolution> search(
      TransferableSolutionSearch search, int offset, int limit) {
    NativeWhere where = where(search);
    String order = search.byTitle() ? "lower(s.title), s.id" : "s.created_at DESC, s.id DESC";
    return where.load(
        entityManager,
        "SELECT s.id FROM transferable_solution s"
            + where.sql()
            + " ORDER BY "
            + order
            + " LIMIT "
            + limit
            + " OFFSET "
            + offset,
        TransferableSolution.class,
        "TransferableSolution",
        TransferableSolution::id);
  }

  @Override
  public long count(TransferableSolutionSearch search) {
    return where(search).count(entityManager, "transferable_solution s");
  }

  @Override
  public void add(TransferableSolution solution) {
    entityManager.persist(solution);
    UniqueViolations.flush(
        entityManager::flush, "a transferable solution already derives from this project");
  }

  @Override
  public void remove(TransferableSolution solution) {
    entityManager.remove(solution);
  }

  @Override
  public void flush() {
    entityManager.flush();
  }

  private static NativeWhere where(TransferableSolutionSearch search) {
    NativeWhere where =
        new NativeWhere()
            .in("s.visibility", search.visibilities())
            .in("s.status", search.statuses());
    search
        .theme()
        .ifPresent(
            theme ->
                where.and(
                    "EXISTS (SELECT 1 FROM transferable_solution_theme t"
                        + " WHERE t.solution_id = s.id"
                        + " AND (t.theme_key = ? OR t.theme_key LIKE ?))",
                    theme,
                    theme + ".%"));
    search.transferMode().ifPresent(mode -> where.and("s.transfer_mode = ?", mode.name()));
    search.projectId().ifPresent(project -> where.and("s.project_id = ?", project));
    search.text().ifPresent(text -> where.and(TEXT, text));
    return where;
  }
}
