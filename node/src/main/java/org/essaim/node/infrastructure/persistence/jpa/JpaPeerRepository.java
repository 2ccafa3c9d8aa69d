// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.essaim.node.domain.model.peer.FollowState;
import org.essaim.node.domain.model.peer.Peer;
import org.essaim.node.domain.model.peer.PeerRepository;

/** The peers in PostgreSQL (V106). */
@ApplicationScoped
public class JpaPeerRepository implements PeerRepository {

  @PersistenceContext(unitName = "essaim")
  private EntityManager entityManager;

  @Override
  public Optional<Peer> find(UUID id) {
    return Optional.ofNullable(entityManager.find(Peer.class, id));
  }

  @Override
  public Optional<Peer> findByActor(URI actorId) {
    return single("p.actorId", actorId.toString());
  }

  @Override
  public Optional<Peer> findByOurFollow(URI activityId) {
    return single("p.followingActivity", activityId.toString());
  }

  @Override
  public Optional<Peer> findByTheirFollow(URI activityId) {
    return single("p.followerActivity", activityId.toString());
  }

  private Optional<Peer> single(String field, String value) {
    return entityManager
        .createQuery("SELECT p FROM Peer p WHERE " + field + " = :value", Peer.class)
        .setParameter("value", value)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst();
  }

  @Override
  public void lockActor(URI actorId) {
    // A transaction-scoped advisory lock on the actor id's hash: released at commit or rollback.
    entityManager
        .createNativeQuery(
            "SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended(?1, 0))) AS locked")
        .setParameter(1, actorId.toString())
        .getSingleResult();
  }

  @Override
  public void add(Peer peer) {
    entityManager.persist(peer);
  }

  @Override
  public List<Peer> list(
      FollowState follower, FollowState following, String host, int offset, int limit) {
    TypedQuery<Peer> query =
        entityManager.createQuery(
            "SELECT p FROM Peer p" + where(follower, following, host) + " ORDER BY p.actorId",
            Peer.class);
    return filter(query, follower, following, host)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long count(FollowState follower, FollowState following, String host) {
    TypedQuery<Long> query =
        entityManager.createQuery(
            "SELECT COUNT(p) FROM Peer p" + where(follower, following, host), Long.class);
    return filter(query, follower, following, host).getSingleResult();
  }

  // Only the filters given become conditions (a null parameter has no SQL type in PostgreSQL).
  private static String where(FollowState follower, FollowState following, String host) {
    List<String> conditions = new java.util.ArrayList<>();
    if (follower != null) {
      conditions.add("p.followerState = :follower");
    }
    if (following != null) {
      conditions.add("p.followingState = :following");
    }
    if (host != null) {
      conditions.add("p.authority = :host");
    }
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  private static <T> TypedQuery<T> filter(
      TypedQuery<T> query, FollowState follower, FollowState following, String host) {
    if (follower != null) {
      query.setParameter("follower", follower);
    }
    if (following != null) {
      query.setParameter("following", following);
    }
    if (host != null) {
      query.setParameter("host", host);
    }
    return query;
  }

  @Override
  public List<Peer> all() {
    return entityManager
        .createQuery("SELECT p FROM Peer p ORDER BY p.actorId", Peer.class)
        .getResultList();
  }
}
