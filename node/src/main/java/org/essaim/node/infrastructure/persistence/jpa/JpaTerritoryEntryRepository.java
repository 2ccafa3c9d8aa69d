// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.essaim.node.domain.model.registry.LabelStatus;
import org.essaim.node.domain.model.registry.TerritoryEntry;
import org.essaim.node.domain.model.registry.TerritoryEntryRepository;

@ApplicationScoped
public class JpaTerritoryEntryRepository implements TerritoryEntryRepository {

  @PersistenceContext(unitName = "essaim")
  private EntityManager entityManager;

  @Override
  public Optional<TerritoryEntry> find(long id) {
    return Optional.ofNullable(entityManager.find(TerritoryEntry.class, id));
  }

  @Override
  public Optional<TerritoryEntry> findByActor(URI actor) {
    return entityManager
        .createQuery("SELECT e FROM TerritoryEntry e WHERE e.actorUri = :a", TerritoryEntry.class)
        .setParameter("a", actor.toString())
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<TerritoryEntry> list(
      Set<LabelStatus> statuses, String region, String country, int offset, int limit) {
    NativeWhere where = where(statuses, region, country);
    return where.load(
        entityManager,
        "SELECT t.id FROM registry_territory t"
            + where.sql()
            + " ORDER BY lower(t.name), t.id LIMIT "
            + limit
            + " OFFSET "
            + offset,
        TerritoryEntry.class,
        "TerritoryEntry",
        TerritoryEntry::id);
  }

  @Override
  public long count(Set<LabelStatus> statuses, String region, String country) {
    return where(statuses, region, country).count(entityManager, "registry_territory t");
  }

  @Override
  public void add(TerritoryEntry entry) {
    entityManager.persist(entry);
  }

  @Override
  public void remove(TerritoryEntry entry) {
    entityManager.remove(entry);
  }

  @Override
  public void flush() {
    UniqueViolations.flush(entityManager::flush, "this actor is already in the registry");
  }

  private static NativeWhere where(Set<LabelStatus> statuses, String region, String country) {
    NativeWhere where = new NativeWhere();
    if (statuses != null) {
      if (statuses.isEmpty()) {
        where.and("FALSE");
      } else {
        where.in("t.label_status", statuses);
      }
    }
    if (region != null) {
      where.and("lower(t.region) = lower(?)", region);
    }
    if (country != null) {
      where.and("t.country = ?", country);
    }
    return where;
  }
}
