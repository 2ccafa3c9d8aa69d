// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.essaim.node.domain.model.event.Event;
import org.essaim.node.domain.model.event.EventRepository;
import org.essaim.node.domain.model.event.EventSearch;

/**
 * Events in PostgreSQL; the text search uses the French GIN index of V30. Date filters apply to the
 * local start date (what the poster says), ordering to the start instant.
 */
@ApplicationScoped
public class JpaEventRepository implements EventRepository {

  private static final String TEXT =
      "to_tsvector('french', essaim_unaccent(e.title || ' ' || coalesce(e.description, '') || ' '"
          + " || coalesce(e.venue_name, '') || ' ' || coalesce(e.commune, '')))"
          + " @@ plainto_tsquery('french', essaim_unaccent(?))";

  @PersistenceContext(unitName = "essaim")
  private EntityManager entityManager;

  @Override
  public Optional<Event> find(long id) {
    return Optional.ofNullable(entityManager.find(Event.class, id));
  }

  @Override
  public List<Event> search(EventSearch search, int offset, int limit) {
    NativeWhere where = where(search);
    String order =
        search.latestFirst() ? "e.starts_at_utc DESC, e.id DESC" : "e.starts_at_utc, e.id";
    return where.load(
        entityManager,
        "SELECT e.id FROM event e"
            + where.sql()
            + " ORDER BY "
            + order
            + " LIMIT "
            + limit
            + " OFFSET "
            + offset,
        Event.class,
        "Event",
        Event::id);
  }

  @Override
  public long count(EventSearch search) {
    return where(search).count(entityManager, "event e");
  }

  @Override
  public void add(Event event) {
    entityManager.persist(event);
  }

  @Override
  public void remove(Event event) {
    entityManager.remove(event);
  }

  @Override
  public void flush() {
    entityManager.flush();
  }

  private static NativeWhere where(EventSearch search) {
    NativeWhere where = new NativeWhere().in("e.visibility", search.visibilities());
    search.type().ifPresent(type -> where.and("e.type = ?", type.name()));
    search.campaignId().ifPresent(campaign -> where.and("e.campaign_id = ?", campaign));
    search
        .from()
        .ifPresent(from -> where.and("e.starts_at >= ?", Timestamp.valueOf(from.atStartOfDay())));
    search
        .to()
        .ifPresent(
            to -> where.and("e.starts_at < ?", Timestamp.valueOf(to.plusDays(1).atStartOfDay())));
    search.endedAfter().ifPresent(after -> where.and("e.ends_at_utc > ?", Timestamp.from(after)));
    search.text().ifPresent(text -> where.and(TEXT, text));
    return where;
  }
}
