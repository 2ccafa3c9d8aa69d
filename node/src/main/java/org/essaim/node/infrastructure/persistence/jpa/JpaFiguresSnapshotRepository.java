// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.essaim.node.domain.model.figures.FiguresSnapshot;
import org.essaim.node.domain.model.figures.FiguresSnapshotRepository;

/** The key figures history in PostgreSQL (V141). */
@ApplicationScoped
public class JpaFiguresSnapshotRepository implements FiguresSnapshotRepository {

  @PersistenceContext(unitName = "essaim")
  private EntityManager entityManager;

  @Override
  public void add(FiguresSnapshot snapshot) {
    entityManager.persist(snapshot);
  }

  @Override
  public Optional<FiguresSnapshot> latest(URI territoryActor) {
    return entityManager
        .createQuery(
            "SELECT s FROM FiguresSnapshot s WHERE s.territoryActor = :actor"
                + " ORDER BY s.receivedAt DESC, s.id DESC",
            FiguresSnapshot.class)
        .setParameter("actor", territoryActor.toString())
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<FiguresSnapshot> latestOfEachTerritory() {
    return entityManager
        .createQuery(
            "SELECT s FROM FiguresSnapshot s WHERE s.id IN (SELECT MAX(t.id) FROM FiguresSnapshot t"
                + " GROUP BY t.territoryActor) ORDER BY s.territoryActor",
            FiguresSnapshot.class)
        .getResultList();
  }

  @Override
  public List<FiguresSnapshot> receivedBefore(Instant until) {
    return entityManager
        .createQuery(
            "SELECT s FROM FiguresSnapshot s WHERE s.receivedAt < :until"
                + " ORDER BY s.receivedAt, s.id",
            FiguresSnapshot.class)
        .setParameter("until", until.atOffset(ZoneOffset.UTC))
        .getResultList();
  }
}
