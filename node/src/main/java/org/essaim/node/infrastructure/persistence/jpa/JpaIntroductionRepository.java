// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.essaim.node.domain.model.introduction.Introduction;
import org.essaim.node.domain.model.introduction.IntroductionDirection;
import org.essaim.node.domain.model.introduction.IntroductionRepository;
import org.essaim.node.domain.model.introduction.IntroductionState;

/** Introductions in PostgreSQL (table {@code project_introduction}). */
@ApplicationScoped
public class JpaIntroductionRepository implements IntroductionRepository {

  private static final List<IntroductionState> LIVE =
      List.of(IntroductionState.PROPOSED, IntroductionState.ACCEPTED);

  @PersistenceContext(unitName = "essaim")
  private EntityManager entityManager;

  @Override
  public Optional<Introduction> find(long id) {
    return Optional.ofNullable(entityManager.find(Introduction.class, id));
  }

  @Override
  public Optional<Introduction> findByOffer(IntroductionDirection direction, URI offerId) {
    return entityManager
        .createQuery(
            "SELECT i FROM Introduction i WHERE i.direction = :direction AND i.offerId = :offer",
            Introduction.class)
        .setParameter("direction", direction)
        .setParameter("offer", offerId.toString())
        .getResultList()
        .stream()
        .findFirst();
  }

  @Override
  public Optional<Introduction> findLive(long projectId, URI remoteProject) {
    return entityManager
        .createQuery(
            "SELECT i FROM Introduction i WHERE i.projectId = :project"
                + " AND i.remoteProjectUri = :remote AND i.state IN :live",
            Introduction.class)
        .setParameter("project", projectId)
        .setParameter("remote", remoteProject.toString())
        .setParameter("live", LIVE)
        .getResultList()
        .stream()
        .findFirst();
  }

  @Override
  public void add(Introduction introduction) {
    entityManager.persist(introduction);
    UniqueViolations.flush(
        entityManager::flush,
        "these two projects already have an introduction proposed or accepted");
  }

  @Override
  public List<Introduction> list(
      IntroductionDirection direction, IntroductionState state, int offset, int limit) {
    List<Object> values = new ArrayList<>();
    String where = where(direction, state, values);
    TypedQuery<Introduction> query =
        entityManager.createQuery(
            "SELECT i FROM Introduction i" + where + " ORDER BY i.createdAt DESC, i.id DESC",
            Introduction.class);
    bind(query, values);
    return query.setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  @Override
  public long count(IntroductionDirection direction, IntroductionState state) {
    List<Object> values = new ArrayList<>();
    String where = where(direction, state, values);
    TypedQuery<Long> query =
        entityManager.createQuery("SELECT COUNT(i) FROM Introduction i" + where, Long.class);
    bind(query, values);
    return query.getSingleResult();
  }

  @Override
  public List<Introduction> links(long projectId) {
    return entityManager
        .createQuery(
            "SELECT i FROM Introduction i WHERE i.projectId = :project AND i.state = :accepted"
                + " ORDER BY i.decidedAt, i.id",
            Introduction.class)
        .setParameter("project", projectId)
        .setParameter("accepted", IntroductionState.ACCEPTED)
        .getResultList();
  }

  private static String where(
      IntroductionDirection direction, IntroductionState state, List<Object> values) {
    List<String> clauses = new ArrayList<>();
    if (direction != null) {
      values.add(direction);
      clauses.add("i.direction = ?" + values.size());
    }
    if (state != null) {
      values.add(state);
      clauses.add("i.state = ?" + values.size());
    }
    return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
  }

  private static void bind(TypedQuery<?> query, List<Object> values) {
    for (int i = 0; i < values.size(); i++) {
      query.setParameter(i + 1, values.get(i));
    }
  }
}
