// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;
import org.essaim.node.infrastructure.search.engine.EngineEntry;
import org.essaim.node.infrastructure.search.engine.SearchFeed;

/**
 * The changes of {@code search_document} from its {@code change_xid} column and the {@code
 * search_removal} journal (V190). Transaction ids cross JDBC as text: {@code xid8} has no JDBC
 * type.
 */
@ApplicationScoped
@Transactional
public class JpaSearchFeed implements SearchFeed {

  @PersistenceContext(unitName = "essaim")
  private EntityManager entityManager;

  @Override
  public long horizon() {
    return number("SELECT CAST(pg_snapshot_xmin(pg_current_snapshot()) AS text)");
  }

  @Override
  public long nextTransaction() {
    return number("SELECT CAST(pg_snapshot_xmax(pg_current_snapshot()) AS text)");
  }

  @Override
  public String databaseIdentity() {
    // A new cluster (restore from a dump) has a new system identifier, a database created again
    // in the same cluster a new oid.
    return (String)
        entityManager
            .createNativeQuery(
                "SELECT CAST(s.system_identifier AS text) || '/' || CAST(d.oid AS text)"
                    + " FROM pg_control_system() s, pg_database d"
                    + " WHERE d.datname = current_database()")
            .getSingleResult();
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<EngineEntry> changed(long since, long afterChange, long afterId, int limit) {
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "SELECT d.id, d.object_uri, d.kind, d.territory_actor, d.territory_name, d.region,"
                    + " d.themes, d.support_modes, d.stage, d.legal_form, d.transferable,"
                    + " d.public_searchable, d.updated, CAST(d.tsv AS text),"
                    + " CAST(d.change_xid AS text)"
                    + " FROM search_document d"
                    // In the order of the (change_xid, id) index: a look that finds nothing new
                    // reads one index entry, whatever the table's size.
                    + " WHERE d.change_xid >= CAST(?1 AS xid8)"
                    + " AND (d.change_xid, d.id) > (CAST(?2 AS xid8), ?3)"
                    + " ORDER BY d.change_xid, d.id LIMIT ?4")
            .setParameter(1, Long.toString(since))
            .setParameter(2, Long.toString(afterChange))
            .setParameter(3, afterId)
            .setParameter(4, limit)
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new EngineEntry(
                    ((Number) row[0]).longValue(),
                    (String) row[1],
                    (String) row[2],
                    (String) row[3],
                    (String) row[4],
                    (String) row[5],
                    words((String) row[6]),
                    words((String) row[7]),
                    (String) row[8],
                    (String) row[9],
                    Boolean.TRUE.equals(row[10]),
                    Boolean.TRUE.equals(row[11]),
                    JpaSearchIndex.instant(row[12]),
                    (String) row[13],
                    Long.parseLong((String) row[14])))
        .toList();
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<String> removed(long since) {
    return entityManager
        .createNativeQuery(
            "SELECT DISTINCT r.object_uri FROM search_removal r"
                + " WHERE r.change_xid >= CAST(?1 AS xid8) AND NOT EXISTS"
                + " (SELECT 1 FROM search_document d WHERE d.object_uri = r.object_uri)")
        .setParameter(1, Long.toString(since))
        .getResultList();
  }

  @Override
  public long newestForgotten() {
    List<?> rows =
        entityManager
            .createNativeQuery("SELECT CAST(newest AS text) FROM search_removal_forgotten")
            .getResultList();
    return rows.isEmpty() ? -1 : Long.parseLong((String) rows.get(0));
  }

  @Override
  public int forgetOldRemovals() {
    // The newest forgotten removal is remembered first, in the same transaction.
    entityManager
        .createNativeQuery(
            "INSERT INTO search_removal_forgotten (newest)"
                + " SELECT change_xid FROM search_removal"
                + " WHERE removed_at < now() - interval '7 days' ORDER BY change_xid DESC LIMIT 1"
                + " ON CONFLICT (singleton) DO UPDATE"
                + " SET newest = greatest(search_removal_forgotten.newest, excluded.newest)")
        .executeUpdate();
    return entityManager
        .createNativeQuery(
            "DELETE FROM search_removal WHERE removed_at < now() - interval '7 days'")
        .executeUpdate();
  }

  private long number(String sql) {
    return Long.parseLong((String) entityManager.createNativeQuery(sql).getSingleResult());
  }

  private static List<String> words(String text) {
    return text == null || text.isBlank() ? List.of() : Arrays.asList(text.split(" "));
  }
}
