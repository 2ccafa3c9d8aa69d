// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.essaim.node.domain.model.campaign.CampaignState;
import org.essaim.node.domain.model.challenge.Challenge;
import org.essaim.node.domain.model.challenge.ChallengeRepository;
import org.essaim.node.domain.model.challenge.ChallengeSearch;
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
    NativeWhere where = where(search);
    return where.load(
        entityManager,
        "SELECT c.id FROM challenge c"
            + where.sql()
            + " ORDER BY c.id ASC LIMIT "
            + limit
            + " OFFSET "
            + offset,
        Challenge.class,
        "Challenge",
        Challenge::id);
  }

  @Override
  public long count(ChallengeSearch search) {
    return where(search).count(entityManager, "challenge c");
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
  private static NativeWhere where(ChallengeSearch search) {
    NativeWhere where = new NativeWhere().in("c.state", search.states());
    if (search.publicOnly()) {
      List<Visibility> readable =
          Arrays.stream(Visibility.values()).filter(Visibility::readableByPublic).toList();
      where
          .in("c.visibility", readable)
          .and(
              "EXISTS (SELECT 1 FROM campaign k WHERE k.id = c.campaign_id AND k.state <> ?)",
              CampaignState.PLANNED.name());
    }
    search.campaignId().ifPresent(id -> where.and("c.campaign_id = ?", id));
    search
        .theme()
        .ifPresent(
            theme ->
                where.and(
                    "EXISTS (SELECT 1 FROM challenge_theme t WHERE t.challenge_id = c.id"
                        + " AND (t.theme_key = ? OR t.theme_key LIKE ?))",
                    theme,
                    theme + ".%"));
    search
        .text()
        .ifPresent(
            text ->
                where.and(
                    "to_tsvector('french', essaim_unaccent(c.title || ' ' || c.statement))"
                        + " @@ plainto_tsquery('french', essaim_unaccent(?))",
                    text));
    return where;
  }
}
