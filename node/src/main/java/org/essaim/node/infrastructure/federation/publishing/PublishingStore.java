// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.publishing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.essaim.node.domain.shared.Visibility;

/** The published objects (V104) and the outbox log (V105) in PostgreSQL. */
@ApplicationScoped
public class PublishingStore {

  @PersistenceContext(unitName = "essaim")
  private EntityManager entityManager;

  public Optional<PublishedObject> object(URI address) {
    return Optional.ofNullable(entityManager.find(PublishedObject.class, address.toString()));
  }

  void add(PublishedObject object) {
    entityManager.persist(object);
  }

  void add(OutboxActivity activity) {
    entityManager.persist(activity);
  }

  /**
   * Withdraws the earlier Create and Update activities of an object sent to these audiences: they
   * are no longer listed in the outbox nor served.
   */
  void withdraw(URI object, Set<Visibility> audiences) {
    entityManager
        .createQuery(
            "UPDATE OutboxActivity a SET a.withdrawn = TRUE WHERE a.objectUri = :object"
                + " AND a.activityType <> 'Delete' AND a.audience IN :audiences")
        .setParameter("object", object.toString())
        .setParameter("audiences", audiences)
        .executeUpdate();
  }

  public Optional<OutboxActivity> activity(URI id) {
    return entityManager
        .createQuery(
            "SELECT a FROM OutboxActivity a WHERE a.activityUri = :id", OutboxActivity.class)
        .setParameter("id", id.toString())
        .getResultStream()
        .findFirst();
  }

  /** The activities a reader may see, newest first. */
  public List<OutboxActivity> activities(Set<Visibility> audiences, int offset, int limit) {
    return entityManager
        .createQuery(
            "SELECT a FROM OutboxActivity a WHERE a.withdrawn = FALSE AND a.audience IN :audiences"
                + " ORDER BY a.id DESC",
            OutboxActivity.class)
        .setParameter("audiences", audiences)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  public long countActivities(Set<Visibility> audiences) {
    return entityManager
        .createQuery(
            "SELECT COUNT(a) FROM OutboxActivity a WHERE a.withdrawn = FALSE"
                + " AND a.audience IN :audiences",
            Long.class)
        .setParameter("audiences", audiences)
        .getSingleResult();
  }

  /** Every activity about an object, oldest first (for tests and administrators). */
  public List<OutboxActivity> activitiesAbout(URI object) {
    return entityManager
        .createQuery(
            "SELECT a FROM OutboxActivity a WHERE a.objectUri = :object ORDER BY a.id",
            OutboxActivity.class)
        .setParameter("object", object.toString())
        .getResultList();
  }

  /** The objects of a kind shared now with these audiences, most recently published first. */
  public List<PublishedObject> objects(
      PublishedKind kind, Set<Visibility> audiences, int offset, int limit) {
    return entityManager
        .createQuery(
            "SELECT o FROM PublishedObject o WHERE o.kind = :kind AND o.deleted = FALSE"
                + " AND o.audience IN :audiences ORDER BY o.lastPublishedAt DESC, o.localId DESC",
            PublishedObject.class)
        .setParameter("kind", kind)
        .setParameter("audiences", audiences)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  public long countObjects(PublishedKind kind, Set<Visibility> audiences) {
    return entityManager
        .createQuery(
            "SELECT COUNT(o) FROM PublishedObject o WHERE o.kind = :kind AND o.deleted = FALSE"
                + " AND o.audience IN :audiences",
            Long.class)
        .setParameter("kind", kind)
        .setParameter("audiences", audiences)
        .getSingleResult();
  }
}
