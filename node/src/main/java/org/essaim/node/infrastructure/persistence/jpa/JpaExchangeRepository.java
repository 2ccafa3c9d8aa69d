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
import org.essaim.node.domain.model.exchange.Exchange;
import org.essaim.node.domain.model.exchange.ExchangeDirection;
import org.essaim.node.domain.model.exchange.ExchangeKind;
import org.essaim.node.domain.model.exchange.ExchangeRepository;
import org.essaim.node.domain.model.exchange.ExchangeState;

/** Exchanges in PostgreSQL (table {@code federation_exchange}). */
@ApplicationScoped
public class JpaExchangeRepository implements ExchangeRepository {

  @PersistenceContext(unitName = "essaim")
  private EntityManager entityManager;

  @Override
  public Optional<Exchange> find(long id) {
    return Optional.ofNullable(entityManager.find(Exchange.class, id));
  }

  @Override
  public Optional<Exchange> findByActivity(ExchangeDirection direction, URI activityId) {
    return entityManager
        .createQuery(
            "SELECT e FROM Exchange e WHERE e.direction = :direction AND e.activityId = :activity",
            Exchange.class)
        .setParameter("direction", direction)
        .setParameter("activity", activityId.toString())
        .getResultList()
        .stream()
        .findFirst();
  }

  @Override
  public void add(Exchange exchange) {
    entityManager.persist(exchange);
    entityManager.flush();
  }

  @Override
  public List<Exchange> list(
      ExchangeDirection direction,
      ExchangeKind kind,
      ExchangeState state,
      URI objectId,
      int offset,
      int limit) {
    List<Object> values = new ArrayList<>();
    String where = where(direction, kind, state, objectId, values);
    TypedQuery<Exchange> query =
        entityManager.createQuery(
            "SELECT e FROM Exchange e WHERE " + where + " ORDER BY e.createdAt DESC, e.id DESC",
            Exchange.class);
    bind(query, values);
    return query.setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  @Override
  public long count(
      ExchangeDirection direction, ExchangeKind kind, ExchangeState state, URI objectId) {
    List<Object> values = new ArrayList<>();
    String where = where(direction, kind, state, objectId, values);
    TypedQuery<Long> query =
        entityManager.createQuery("SELECT COUNT(e) FROM Exchange e WHERE " + where, Long.class);
    bind(query, values);
    return query.getSingleResult();
  }

  private static String where(
      ExchangeDirection direction,
      ExchangeKind kind,
      ExchangeState state,
      URI objectId,
      List<Object> values) {
    StringBuilder where = new StringBuilder("e.direction = ?1");
    values.add(direction);
    if (kind != null) {
      values.add(kind);
      where.append(" AND e.kind = ?").append(values.size());
    }
    if (state != null) {
      values.add(state);
      where.append(" AND e.state = ?").append(values.size());
    }
    if (objectId != null) {
      values.add(objectId.toString());
      where.append(" AND e.objectId = ?").append(values.size());
    }
    return where.toString();
  }

  private static void bind(TypedQuery<?> query, List<Object> values) {
    for (int i = 0; i < values.size(); i++) {
      query.setParameter(i + 1, values.get(i));
    }
  }
}
