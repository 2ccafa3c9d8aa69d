// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.essaim.node.domain.model.collective.CollectiveMember;
import org.essaim.node.domain.model.collective.CollectiveRepository;
import org.essaim.node.domain.model.collective.MemberRole;
import org.essaim.node.domain.model.collective.ProjectCollective;

/** Project collectives and their members in PostgreSQL (V60). */
@ApplicationScoped
public class JpaCollectiveRepository implements CollectiveRepository {

  @PersistenceContext(unitName = "essaim")
  private EntityManager entityManager;

  @Override
  public Optional<ProjectCollective> forProject(long projectId) {
    return entityManager
        .createQuery(
            "SELECT c FROM ProjectCollective c WHERE c.projectId = :project",
            ProjectCollective.class)
        .setParameter("project", projectId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<ProjectCollective> find(long collectiveId) {
    return Optional.ofNullable(entityManager.find(ProjectCollective.class, collectiveId));
  }

  @Override
  public void add(ProjectCollective collective) {
    entityManager.persist(collective);
  }

  @Override
  public void addMember(CollectiveMember member) {
    entityManager.persist(member);
  }

  @Override
  public Optional<CollectiveMember> findMember(long collectiveId, long memberId) {
    return Optional.ofNullable(entityManager.find(CollectiveMember.class, memberId))
        .filter(m -> m.collectiveId() == collectiveId);
  }

  @Override
  public List<CollectiveMember> members(
      long collectiveId, Optional<MemberRole> role, boolean byName, int offset, int limit) {
    String order =
        byName
            ? " ORDER BY m.displayName ASC NULLS LAST, m.id"
            : " ORDER BY m.joinedOn ASC, m.id ASC";
    TypedQuery<CollectiveMember> query =
        entityManager.createQuery(
            "SELECT m FROM CollectiveMember m WHERE m.collectiveId = :collective"
                + (role.isPresent() ? " AND m.role = :role" : "")
                + order,
            CollectiveMember.class);
    query.setParameter("collective", collectiveId);
    role.ifPresent(r -> query.setParameter("role", r));
    return query.setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  @Override
  public long countMembers(long collectiveId, Optional<MemberRole> role) {
    TypedQuery<Long> query =
        entityManager.createQuery(
            "SELECT COUNT(m) FROM CollectiveMember m WHERE m.collectiveId = :collective"
                + (role.isPresent() ? " AND m.role = :role" : ""),
            Long.class);
    query.setParameter("collective", collectiveId);
    role.ifPresent(r -> query.setParameter("role", r));
    return query.getSingleResult();
  }

  @Override
  public List<Long> organizationMembers(long collectiveId) {
    return entityManager
        .createQuery(
            "SELECT m.organizationId FROM CollectiveMember m WHERE m.collectiveId = :collective"
                + " AND m.organizationId IS NOT NULL ORDER BY m.joinedOn, m.id",
            Long.class)
        .setParameter("collective", collectiveId)
        .getResultList()
        .stream()
        .distinct()
        .toList();
  }

  @Override
  public void removeMember(CollectiveMember member) {
    entityManager.remove(member);
  }

  @Override
  public List<CollectiveMember> membersByEmail(String normalisedEmail) {
    return entityManager
        .createQuery(
            "SELECT m FROM CollectiveMember m WHERE m.email = :email ORDER BY m.id",
            CollectiveMember.class)
        .setParameter("email", normalisedEmail)
        .getResultList();
  }

  @Override
  public int deleteMembersByEmail(String normalisedEmail) {
    return entityManager
        .createQuery("DELETE FROM CollectiveMember m WHERE m.email = :email")
        .setParameter("email", normalisedEmail)
        .executeUpdate();
  }

  @Override
  public void flush() {
    entityManager.flush();
  }
}
