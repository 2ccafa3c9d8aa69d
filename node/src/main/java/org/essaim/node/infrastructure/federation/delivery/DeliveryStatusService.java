// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.essaim.node.application.ConflictException;
import org.essaim.node.application.NotFoundException;
import org.essaim.node.application.Page;
import org.essaim.node.application.PageRequest;
import org.essaim.node.application.federation.DeliveryStatus;
import org.essaim.node.infrastructure.federation.http.FederationHttpClient;
import org.essaim.node.infrastructure.federation.http.RemoteRequestException;

/** The administrators' view of deliveries, hosts and fetches, read from PostgreSQL. */
@ApplicationScoped
public class DeliveryStatusService implements DeliveryStatus {

  private static final String DELIVERY_COLUMNS =
      "d.id, a.activity_id, d.inbox, d.host, d.state, d.attempts, d.next_attempt_at,"
          + " d.last_status, d.last_error, d.delivered_at, d.created_at,"
          // The activity's type, for the administrators' page: bodies are this node's own JSON.
          + " convert_from(a.body, 'UTF8')::jsonb ->> 'type'";
  private static final String DELIVERY_FROM =
      " FROM outbox_delivery d JOIN outbox_activity a ON a.id = d.activity";

  @PersistenceContext(unitName = "essaim")
  EntityManager entityManager;

  @Inject HostBreakers breakers;
  @Inject OutboxStore store;
  @Inject FederationHttpClient client;
  @Inject Clock clock;

  @Override
  @Transactional
  public Page<DeliveryView> deliveries(
      Optional<State> state, Optional<String> host, Optional<String> activity, PageRequest page) {
    StringBuilder where = new StringBuilder(" WHERE TRUE");
    List<Object> parameters = new ArrayList<>();
    state.ifPresent(s -> and(where, parameters, "d.state = ?", s.name()));
    host.ifPresent(h -> and(where, parameters, "d.host = ?", h.toLowerCase(Locale.ROOT)));
    activity.ifPresent(a -> and(where, parameters, "a.activity_id = ?", a));
    Query count = entityManager.createNativeQuery("SELECT count(*)" + DELIVERY_FROM + where);
    bind(count, parameters);
    long total = ((Number) count.getSingleResult()).longValue();
    Query select =
        entityManager.createNativeQuery(
            "SELECT "
                + DELIVERY_COLUMNS
                + DELIVERY_FROM
                + where
                + " ORDER BY d.created_at DESC, d.id DESC");
    bind(select, parameters);
    select.setFirstResult((int) Math.min(Integer.MAX_VALUE, page.offset()));
    select.setMaxResults(page.size());
    @SuppressWarnings("unchecked")
    List<Object[]> rows = select.getResultList();
    return new Page<>(
        rows.stream().map(DeliveryStatusService::delivery).toList(),
        page.page(),
        page.size(),
        total);
  }

  @Override
  @Transactional
  public List<HostView> hosts() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "SELECT host, count(*) FILTER (WHERE state = 'PENDING'),"
                    + " count(*) FILTER (WHERE state = 'DELIVERED'),"
                    + " count(*) FILTER (WHERE state = 'FAILED')"
                    + " FROM outbox_delivery GROUP BY host ORDER BY host")
            .getResultList();
    Map<String, HostView> hosts = new TreeMap<>();
    Instant now = clock.instant();
    for (Object[] row : rows) {
      String host = (String) row[0];
      Optional<CircuitBreaker> breaker = breakers.existing(host);
      hosts.put(
          host,
          new HostView(
              host,
              ((Number) row[1]).longValue(),
              ((Number) row[2]).longValue(),
              ((Number) row[3]).longValue(),
              breaker.map(b -> b.state(now).name()).orElse(CircuitBreaker.State.CLOSED.name()),
              breaker.map(CircuitBreaker::consecutiveFailures).orElse(0),
              breaker
                  .flatMap(CircuitBreaker::nextProbe)
                  .map(i -> i.atOffset(java.time.ZoneOffset.UTC))
                  .orElse(null)));
    }
    return List.copyOf(hosts.values());
  }

  /**
   * Not one transaction: the outcome is decided in {@link OutboxStore#makeDue}, and the refusals
   * are thrown after it, so an expected 404/409 neither rolls back nor reports an incident.
   */
  @Override
  public DeliveryView retry(long id) {
    switch (store.makeDue(id, clock.instant())) {
      case NOT_FOUND:
        throw new NotFoundException("no delivery " + id);
      case DELIVERED:
        throw new ConflictException("delivery " + id + " was delivered already");
      default:
        return find(id).orElseThrow(() -> new NotFoundException("no delivery " + id));
    }
  }

  @Override
  public FetchView fetchNow(URI url) {
    try {
      client.get(url);
    } catch (RemoteRequestException e) {
      // journalled with its reason
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "SELECT id, url, host, status, error, duration_ms, fetched_at FROM federation_fetch"
                    + " WHERE url = ?1 ORDER BY id DESC LIMIT 1")
            .setParameter(1, url.toString())
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(DeliveryStatusService::fetch)
        .orElseThrow(() -> new IllegalStateException("fetch of " + url + " not journalled"));
  }

  @Override
  @Transactional
  public Page<FetchView> fetches(Optional<String> host, PageRequest page) {
    String where = host.isPresent() ? " WHERE host = ?1" : "";
    Query count = entityManager.createNativeQuery("SELECT count(*) FROM federation_fetch" + where);
    Query select =
        entityManager.createNativeQuery(
            "SELECT id, url, host, status, error, duration_ms, fetched_at FROM federation_fetch"
                + where
                + " ORDER BY fetched_at DESC, id DESC");
    host.ifPresent(
        h -> {
          count.setParameter(1, h.toLowerCase(Locale.ROOT));
          select.setParameter(1, h.toLowerCase(Locale.ROOT));
        });
    long total = ((Number) count.getSingleResult()).longValue();
    select.setFirstResult((int) Math.min(Integer.MAX_VALUE, page.offset()));
    select.setMaxResults(page.size());
    @SuppressWarnings("unchecked")
    List<Object[]> rows = select.getResultList();
    List<FetchView> items = rows.stream().map(DeliveryStatusService::fetch).toList();
    return new Page<>(items, page.page(), page.size(), total);
  }

  private static FetchView fetch(Object[] r) {
    return new FetchView(
        ((Number) r[0]).longValue(),
        (String) r[1],
        (String) r[2],
        r[3] == null ? null : ((Number) r[3]).intValue(),
        (String) r[4],
        ((Number) r[5]).longValue(),
        OutboxStore.offset(r[6]));
  }

  private Optional<DeliveryView> find(long id) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery("SELECT " + DELIVERY_COLUMNS + DELIVERY_FROM + " WHERE d.id = ?1")
            .setParameter(1, id)
            .getResultList();
    return rows.stream().findFirst().map(DeliveryStatusService::delivery);
  }

  private static DeliveryView delivery(Object[] r) {
    return new DeliveryView(
        ((Number) r[0]).longValue(),
        URI.create((String) r[1]),
        URI.create((String) r[2]),
        (String) r[3],
        State.valueOf((String) r[4]),
        ((Number) r[5]).intValue(),
        OutboxStore.offset(r[6]),
        r[7] == null ? null : ((Number) r[7]).intValue(),
        (String) r[8],
        OutboxStore.offset(r[9]),
        OutboxStore.offset(r[10]),
        (String) r[11]);
  }

  private static void and(StringBuilder where, List<Object> parameters, String clause, Object v) {
    parameters.add(v);
    where.append(" AND ").append(clause.replace("?", "?" + parameters.size()));
  }

  private static void bind(Query query, List<Object> parameters) {
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
  }
}
