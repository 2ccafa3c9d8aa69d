// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.essaim.node.domain.model.dream.Dream;
import org.essaim.node.domain.model.dream.DreamRepository;
import org.essaim.node.domain.model.dream.DreamSearch;
import org.essaim.node.domain.model.dream.DreamState;
import org.essaim.node.domain.model.dream.SimilarDream;

/**
 * Dreams in PostgreSQL. Searches are native SQL (ids first, then the entities), because the French
 * full-text match ({@code to_tsvector('french', essaim_unaccent(text)) @@ …}, served by the GIN
 * index of V3) has no JPQL form.
 */
@ApplicationScoped
public class JpaDreamRepository implements DreamRepository {

  @PersistenceContext(unitName = "essaim")
  private EntityManager entityManager;

  @Override
  public Optional<Dream> find(long id) {
    return Optional.ofNullable(entityManager.find(Dream.class, id));
  }

  @Override
  public List<Dream> search(DreamSearch search, int offset, int limit) {
    NativeWhere where = where(search);
    String order = search.newestFirst() ? "DESC" : "ASC";
    return where.load(
        entityManager,
        "SELECT d.id FROM dream d"
            + where.sql()
            + " ORDER BY d.submitted_at "
            + order
            + ", d.id "
            + order
            + " LIMIT "
            + limit
            + " OFFSET "
            + offset,
        Dream.class,
        "Dream",
        Dream::id);
  }

  @Override
  public long count(DreamSearch search) {
    return where(search).count(entityManager, "dream d");
  }

  @Override
  public List<Dream> findAll(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return entityManager
        .createQuery("SELECT d FROM Dream d WHERE d.id IN :ids", Dream.class)
        .setParameter("ids", List.copyOf(ids))
        .getResultList();
  }

  /**
   * Trigram resemblance (the best of {@code similarity} and {@code word_similarity}, so a short
   * dream still matches a long défi statement) plus the French full-text rank against the text's
   * words joined by OR (plainto_tsquery joins them by AND, which almost never matches a long text).
   */
  @Override
  public List<SimilarDream> similar(
      long campaignId, String text, Set<DreamState> states, Collection<Long> excluded, int limit) {
    List<Object> parameters = new ArrayList<>();
    parameters.add(text);
    parameters.add(text);
    parameters.add(text);
    parameters.add(campaignId);
    StringBuilder sql =
        new StringBuilder(
            "SELECT s.id, s.score FROM (SELECT d.id, greatest("
                + "similarity(essaim_unaccent(d.text), essaim_unaccent(?1)),"
                + " word_similarity(essaim_unaccent(d.text), essaim_unaccent(?2)))"
                + " + ts_rank(to_tsvector('french', essaim_unaccent(d.text)),"
                + " replace(plainto_tsquery('french', essaim_unaccent(?3))::text, '&', '|')"
                + "::tsquery) AS score"
                + " FROM dream d WHERE d.campaign_id = ?4 AND d.state IN (");
    List<DreamState> sorted = states.stream().sorted(Comparator.naturalOrder()).toList();
    for (int i = 0; i < sorted.size(); i++) {
      parameters.add(sorted.get(i).name());
      sql.append(i == 0 ? "" : ", ").append('?').append(parameters.size());
    }
    sql.append(')');
    if (!excluded.isEmpty()) {
      sql.append(" AND d.id NOT IN (");
      int i = 0;
      for (Long id : excluded) {
        parameters.add(id);
        sql.append(i++ == 0 ? "" : ", ").append('?').append(parameters.size());
      }
      sql.append(')');
    }
    sql.append(") s WHERE s.score > 0 ORDER BY s.score DESC, s.id ASC LIMIT ").append(limit);
    Query query = entityManager.createNativeQuery(sql.toString());
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
    List<Long> ids = new ArrayList<>();
    Map<Long, Double> scores = new java.util.HashMap<>();
    for (Object row : query.getResultList()) {
      Object[] columns = (Object[]) row;
      long id = ((Number) columns[0]).longValue();
      ids.add(id);
      scores.put(id, ((Number) columns[1]).doubleValue());
    }
    Map<Long, Dream> byId =
        findAll(ids).stream().collect(Collectors.toMap(Dream::id, Function.identity()));
    return ids.stream()
        .filter(byId::containsKey)
        .map(id -> new SimilarDream(byId.get(id), scores.get(id)))
        .toList();
  }

  @Override
  public void add(Dream dream) {
    entityManager.persist(dream);
  }

  @Override
  public void flush() {
    entityManager.flush();
  }

  /** The WHERE clause of a search, with its positional parameters: values are never inlined. */
  private static NativeWhere where(DreamSearch search) {
    NativeWhere where = new NativeWhere().in("d.state", search.states());
    search.campaignId().ifPresent(id -> where.and("d.campaign_id = ?", id));
    search
        .theme()
        .ifPresent(
            theme ->
                where.and(
                    "EXISTS (SELECT 1 FROM dream_theme t WHERE t.dream_id = d.id"
                        + " AND (t.theme_key = ? OR t.theme_key LIKE ?))",
                    theme,
                    theme + ".%"));
    search
        .text()
        .ifPresent(
            text ->
                where.and(
                    "to_tsvector('french', essaim_unaccent(d.text))"
                        + " @@ plainto_tsquery('french', essaim_unaccent(?))",
                    text));
    return where;
  }
}
