// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.essaim.node.domain.model.campaign.CampaignState;
import org.essaim.node.domain.model.challenge.Challenge;
import org.essaim.node.domain.model.challenge.ChallengeRepository;
import org.essaim.node.domain.model.challenge.ChallengeSearch;
import org.essaim.node.domain.model.challenge.ChallengeState;
import org.essaim.node.domain.shared.Visibility;

/**
 * Défis in PostgreSQL. Searches are native SQL (ids first, then the entities), like {@link
 * JpaDreamRepository}, for the French full-text match over title and statement (GIN index of V10).
 */
@ApplicationScoped
public class JpaChallengeRepository implements ChallengeRepository {

  @PersistenceContext(unitName = "essaim")
  private EntityManager entityManager;

  @Override
  public Optional<Challenge> find(long id) {
    return Optional.ofNullable(entityManager.find(Challenge.class, id));
  }

  @Override
  public List<Challenge> search(ChallengeSearch search, int offset, int limit) {
    Where where = where(search);
    Query query =
        entityManager.createNativeQuery(
            "SELECT c.id FROM challenge c"
                + where.sql
                + " ORDER BY c.id ASC LIMIT "
                + limit
                + " OFFSET "
                + offset);
    where.bind(query);
    List<Long> ids = new ArrayList<>();
    for (Object id : query.getResultList()) {
      ids.add(((Number) id).longValue());
    }
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, Challenge> byId =
        entityManager
            .createQuery("SELECT c FROM Challenge c WHERE c.id IN :ids", Challenge.class)
            .setParameter("ids", ids)
            .getResultStream()
            .collect(Collectors.toMap(Challenge::id, Function.identity()));
    return ids.stream().map(byId::get).filter(c -> c != null).toList();
  }

  @Override
  public long count(ChallengeSearch search) {
    Where where = where(search);
    Query query = entityManager.createNativeQuery("SELECT count(*) FROM challenge c" + where.sql);
    where.bind(query);
    return ((Number) query.getSingleResult()).longValue();
  }

  @Override
  public void add(Challenge challenge) {
    entityManager.persist(challenge);
  }

  @Override
  public void flush() {
    entityManager.flush();
  }

  /** The WHERE clause of a search, with its positional parameters: values are never inlined. */
  private static Where where(ChallengeSearch search) {
    List<Object> parameters = new ArrayList<>();
    StringBuilder sql = new StringBuilder(" WHERE c.state IN (");
    List<ChallengeState> states =
        search.states().stream().sorted(Comparator.naturalOrder()).toList();
    for (int i = 0; i < states.size(); i++) {
      parameters.add(states.get(i).name());
      sql.append(i == 0 ? "" : ", ").append('?').append(parameters.size());
    }
    sql.append(')');
    if (search.publicOnly()) {
      List<String> readable = new ArrayList<>();
      for (Visibility v : Visibility.values()) {
        if (v.readableByPublic()) {
          parameters.add(v.name());
          readable.add("?" + parameters.size());
        }
      }
      parameters.add(CampaignState.PLANNED.name());
      sql.append(" AND c.visibility IN (")
          .append(String.join(", ", readable))
          .append(") AND EXISTS (SELECT 1 FROM campaign k WHERE k.id = c.campaign_id")
          .append(" AND k.state <> ?")
          .append(parameters.size())
          .append(')');
    }
    search
        .campaignId()
        .ifPresent(
            id -> {
              parameters.add(id);
              sql.append(" AND c.campaign_id = ?").append(parameters.size());
            });
    search
        .theme()
        .ifPresent(
            theme -> {
              parameters.add(theme);
              int exact = parameters.size();
              parameters.add(theme + ".%");
              sql.append(
                      " AND EXISTS (SELECT 1 FROM challenge_theme t WHERE t.challenge_id = c.id"
                          + " AND (t.theme_key = ?")
                  .append(exact)
                  .append(" OR t.theme_key LIKE ?")
                  .append(parameters.size())
                  .append("))");
            });
    search
        .text()
        .ifPresent(
            text -> {
              parameters.add(text);
              sql.append(
                      " AND to_tsvector('french', essaim_unaccent(c.title || ' ' || c.statement))"
                          + " @@ plainto_tsquery('french', essaim_unaccent(?")
                  .append(parameters.size())
                  .append("))");
            });
    return new Where(sql.toString(), parameters);
  }

  private record Where(String sql, List<Object> parameters) {
    void bind(Query query) {
      for (int i = 0; i < parameters.size(); i++) {
        query.setParameter(i + 1, parameters.get(i));
      }
    }
  }
}
