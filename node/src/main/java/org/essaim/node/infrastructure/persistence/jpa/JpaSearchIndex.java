// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.essaim.node.domain.model.search.FacetCount;
import org.essaim.node.domain.model.search.KeyTerm;
import org.essaim.node.domain.model.search.SearchEntry;
import org.essaim.node.domain.model.search.SearchFacet;
import org.essaim.node.domain.model.search.SearchHit;
import org.essaim.node.domain.model.search.SearchIndex;
import org.essaim.node.domain.model.search.SearchKind;
import org.essaim.node.domain.model.search.SearchOrigin;
import org.essaim.node.domain.model.search.SearchQuery;
import org.essaim.node.domain.model.search.SearchResults;
import org.essaim.node.domain.model.search.SearchWords;
import org.essaim.node.domain.model.search.SimilarCandidate;
import org.essaim.node.domain.model.search.SimilarQuery;
import org.essaim.node.infrastructure.search.engine.EngineQuery;
import org.essaim.node.infrastructure.search.engine.EngineResults;
import org.essaim.node.infrastructure.search.engine.SearchEngine;

/**
 * The search index in PostgreSQL (tables {@code search_document} and {@code search_word}): French
 * full text without accents ({@code essaim_french}), typo tolerance through the trigram index of
 * known lexemes; searches run on the engine that follows the table ({@link SearchEngine}: words,
 * filters, facets, order), the page is read back here with its snippets; key terms and similar
 * candidates in {@link SearchKeyTerms}.
 */
@ApplicationScoped
public class JpaSearchIndex implements SearchIndex {

  static final String COLUMNS =
      "d.object_uri, d.kind, d.origin, d.local_id, d.territory_actor, d.territory_name, d.region,"
          + " d.title, d.summary, d.body, d.url, d.themes, d.support_modes, d.stage, d.legal_form,"
          + " d.transferable, d.source_project, d.answers_challenge, d.public_searchable,"
          + " d.published, d.updated";

  private static final String MARK_START = SearchHit.MARK_START;
  private static final String MARK_END = SearchHit.MARK_END;

  @PersistenceContext(unitName = "essaim")
  private EntityManager entityManager;

  @Inject SearchEngine engine;

  private final SearchKeyTerms keyTerms = new SearchKeyTerms(() -> entityManager);

  @Override
  public void put(SearchEntry e, String ownBody) {
    Query upsert =
        entityManager.createNativeQuery(
            "INSERT INTO search_document (object_uri, kind, origin, local_id, territory_actor,"
                + " territory_name, region, title, summary, body, url, themes, support_modes,"
                + " stage, legal_form, transferable, source_project, answers_challenge,"
                + " public_searchable, published, updated, indexed_at)"
                // Typed casts: EclipseLink binds a null as a character value.
                + " VALUES (?1, ?2, ?3, CAST(?4 AS bigint), ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13,"
                + " ?14, ?15,"
                + " ?16 OR EXISTS (SELECT 1 FROM search_document s WHERE s.source_project = ?1),"
                + " ?17, ?18, ?19, CAST(?20 AS timestamptz), ?21, now())"
                + " ON CONFLICT (object_uri) DO UPDATE SET kind = excluded.kind,"
                + " origin = excluded.origin, local_id = excluded.local_id,"
                + " territory_actor = excluded.territory_actor,"
                + " territory_name = excluded.territory_name, region = excluded.region,"
                + " title = excluded.title, summary = excluded.summary, body = excluded.body,"
                + " url = excluded.url, themes = excluded.themes,"
                + " support_modes = excluded.support_modes, stage = excluded.stage,"
                + " legal_form = excluded.legal_form, transferable = excluded.transferable,"
                + " source_project = excluded.source_project,"
                + " answers_challenge = excluded.answers_challenge,"
                + " public_searchable = excluded.public_searchable,"
                + " published = excluded.published, updated = excluded.updated,"
                + " indexed_at = excluded.indexed_at");
    upsert.setParameter(1, e.objectUri().toString());
    upsert.setParameter(2, e.kind().name());
    upsert.setParameter(3, e.origin().name());
    upsert.setParameter(4, e.localId());
    upsert.setParameter(5, e.territoryActor().toString());
    upsert.setParameter(6, e.territoryName());
    upsert.setParameter(7, e.region());
    upsert.setParameter(8, e.title());
    upsert.setParameter(9, e.summary());
    upsert.setParameter(10, e.body());
    upsert.setParameter(11, text(e.url()));
    upsert.setParameter(12, String.join(" ", e.themes()));
    upsert.setParameter(13, String.join(" ", e.supportModes()));
    upsert.setParameter(14, e.stage());
    upsert.setParameter(15, e.legalForm());
    upsert.setParameter(16, e.transferable());
    upsert.setParameter(17, text(e.sourceProject()));
    upsert.setParameter(18, text(e.answersChallenge()));
    upsert.setParameter(19, e.publicSearchable());
    upsert.setParameter(20, timestamp(e.published()));
    upsert.setParameter(21, Timestamp.from(e.updated()));
    upsert.executeUpdate();
    if (e.sourceProject() != null) {
      // The project a transferable solution comes from is transferable too.
      entityManager
          .createNativeQuery(
              "UPDATE search_document SET transferable = true"
                  + " WHERE object_uri = ?1 AND NOT transferable")
          .setParameter(1, e.sourceProject().toString())
          .executeUpdate();
    }
    // Ordered, and DO NOTHING: two transactions indexing one object each never wait on each other
    // in a cycle. A transaction indexing many objects (a backfill page) can still cross another
    // one's order: PostgreSQL then aborts one of them, and the backfill runs that page again.
    entityManager
        .createNativeQuery(
            "INSERT INTO search_word (word)"
                + " SELECT u.lexeme FROM search_document d, unnest(d.tsv) u"
                + " WHERE d.object_uri = ?1 ORDER BY u.lexeme ON CONFLICT (word) DO NOTHING")
        .setParameter(1, e.objectUri().toString())
        .executeUpdate();
    keyTerms.write(e, ownBody);
  }

  @Override
  public List<KeyTerm> keyTerms(URI objectUri) {
    return keyTerms.stored(objectUri);
  }

  @Override
  public List<KeyTerm> keyTerms(String title, String summary, String body) {
    return keyTerms.of(title, summary, body);
  }

  @Override
  public List<SimilarCandidate> similarCandidates(SimilarQuery query) {
    return keyTerms.candidates(query);
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<SearchEntry> entries(List<URI> objectUris) {
    if (objectUris.isEmpty()) {
      return List.of();
    }
    NativeWhere where = new NativeWhere();
    where.and(
        column("d.object_uri", objectUris.stream().map(URI::toString).toList()),
        objectUris.stream().map(URI::toString).toArray());
    // Suggestions show no body: not read.
    Query q =
        entityManager.createNativeQuery(
            "SELECT "
                + COLUMNS.replace("d.body", "NULL")
                + " FROM search_document d"
                + where.sql());
    where.bind(q);
    return ((List<Object[]>) q.getResultList()).stream().map(row -> entry(row, 0)).toList();
  }

  @Override
  public long refreshTermStatistics() {
    return keyTerms.refreshStatistics();
  }

  @Override
  public long termStatisticsDocuments() {
    return keyTerms.statisticsDocuments();
  }

  @Override
  public boolean hasKeyTerms() {
    return keyTerms.any();
  }

  @Override
  public void remove(URI objectUri) {
    entityManager
        .createNativeQuery("DELETE FROM search_document WHERE object_uri = ?1")
        .setParameter(1, objectUri.toString())
        .executeUpdate();
  }

  @Override
  public Optional<SearchEntry> find(URI objectUri) {
    List<?> rows =
        entityManager
            .createNativeQuery(
                "SELECT " + COLUMNS + " FROM search_document d WHERE d.object_uri = ?1")
            .setParameter(1, objectUri.toString())
            .getResultList();
    return rows.stream().findFirst().map(row -> entry((Object[]) row, 0));
  }

  @Override
  public void clear() {
    entityManager.createNativeQuery("DELETE FROM search_document").executeUpdate();
  }

  @Override
  public long size() {
    return ((Number)
            entityManager
                .createNativeQuery("SELECT count(*) FROM search_document")
                .getSingleResult())
        .longValue();
  }

  @Override
  public long searchable() {
    return engine.size();
  }

  @Override
  public SearchResults search(SearchQuery query) {
    Map<String, String> corrections = new LinkedHashMap<>();
    List<Set<String>> groups = lexemeGroups(SearchWords.of(query.text()), corrections);
    if (groups == null) {
      // Only stop words: nothing to find.
      return new SearchResults(0, List.of(), emptyFacets(), corrections, false);
    }
    EngineResults found = engine.search(engineQuery(query, groups, true));
    boolean someWordsOnly = false;
    if (found.total() == 0 && groups.size() > 1) {
      // Nothing has every word: what has half of them at least, most words first.
      found = engine.search(engineQuery(query, groups, false));
      someWordsOnly = found.total() > 0;
    }
    return new SearchResults(
        found.total(), page(found.page(), groups), found.facets(), corrections, someWordsOnly);
  }

  private static EngineQuery engineQuery(
      SearchQuery query, List<Set<String>> groups, boolean everyGroup) {
    return new EngineQuery(
        groups,
        everyGroup,
        query.filters(),
        query.membersOnly(),
        query.sort(),
        query.page() * query.size(),
        query.size());
  }

  private static Map<SearchFacet, List<FacetCount>> emptyFacets() {
    Map<SearchFacet, List<FacetCount>> facets = new EnumMap<>(SearchFacet.class);
    for (SearchFacet facet : SearchFacet.values()) {
      facets.put(facet, List.of());
    }
    return facets;
  }

  /**
   * The text query as groups of lexemes, every group to match: each word's French stems without
   * accents, each with the nearest lexeme the index knows when it knows not the stem (typo
   * tolerance). Empty for no words, null when the words are all stop words.
   */
  private List<Set<String>> lexemeGroups(List<String> words, Map<String, String> corrections) {
    if (words.isEmpty()) {
      return List.of();
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "WITH q AS (SELECT t.word, t.ord FROM regexp_split_to_table(?1, ' ')"
                    + " WITH ORDINALITY AS t(word, ord)),"
                    + " l AS (SELECT q.ord, q.word, v.lexeme,"
                    + " EXISTS (SELECT 1 FROM search_word w WHERE w.word = v.lexeme) AS known"
                    + " FROM q, unnest(to_tsvector('essaim_french', q.word)) v)"
                    + " SELECT l.ord, l.word, l.lexeme, l.known,"
                    + " CASE WHEN NOT l.known AND length(l.lexeme) >= 4 THEN (SELECT w.word"
                    + " FROM search_word w WHERE w.word % l.lexeme"
                    + " ORDER BY similarity(w.word, l.lexeme) DESC, w.word LIMIT 1) END"
                    + " FROM l ORDER BY l.ord, l.lexeme")
            .setParameter(1, String.join(" ", words))
            .getResultList();
    List<Set<String>> groups = new ArrayList<>();
    for (Object[] row : rows) {
      String word = (String) row[1];
      String lexeme = (String) row[2];
      boolean known = Boolean.TRUE.equals(row[3]);
      String nearest = (String) row[4];
      Set<String> group = new LinkedHashSet<>();
      group.add(lexeme);
      if (!known && nearest != null) {
        group.add(nearest);
        corrections.put(word, nearest);
      }
      groups.add(group);
    }
    return groups.isEmpty() ? null : groups;
  }

  /**
   * The page's entries, read back by id in the engine's order, each with a snippet of its text
   * around the matched words. An entry removed since the engine answered is left out.
   */
  @SuppressWarnings("unchecked")
  private List<SearchHit> page(List<EngineResults.Hit> found, List<Set<String>> groups) {
    if (found.isEmpty()) {
      return List.of();
    }
    String tsquery =
        groups.isEmpty()
            ? null
            : groups.stream()
                .map(
                    group ->
                        "("
                            + group.stream()
                                .map(JpaSearchIndex::quoted)
                                .collect(Collectors.joining(" | "))
                            + ")")
                .collect(Collectors.joining(" & "));
    String snippet =
        tsquery == null
            ? "NULL"
            : "ts_headline('essaim_french', coalesce(d.summary, '') || ' ' || coalesce(d.body, ''),"
                + " to_tsquery('simple', ?2), 'StartSel="
                + MARK_START
                + ", StopSel="
                + MARK_END
                + ", MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=\" … \"')";
    Query q =
        entityManager.createNativeQuery(
            "SELECT d.id, "
                + COLUMNS
                + ", "
                + snippet
                + " FROM search_document d WHERE d.id = ANY (CAST(?1 AS bigint[]))");
    q.setParameter(
        1,
        found.stream()
            .map(hit -> Long.toString(hit.id()))
            .collect(Collectors.joining(",", "{", "}")));
    if (tsquery != null) {
      q.setParameter(2, tsquery);
    }
    Map<Long, Object[]> rows = new HashMap<>();
    for (Object[] row : (List<Object[]>) q.getResultList()) {
      rows.put(((Number) row[0]).longValue(), row);
    }
    List<SearchHit> hits = new ArrayList<>();
    for (EngineResults.Hit hit : found) {
      Object[] row = rows.get(hit.id());
      if (row != null) {
        hits.add(new SearchHit(entry(row, 1), (String) row[22], hit.score()));
      }
    }
    return hits;
  }

  private static String column(String column, List<String> values) {
    return column + " IN (" + values.stream().map(v -> "?").collect(Collectors.joining(", ")) + ")";
  }

  static SearchEntry entry(Object[] row, int at) {
    return new SearchEntry(
        URI.create((String) row[at]),
        SearchKind.valueOf((String) row[at + 1]),
        SearchOrigin.valueOf((String) row[at + 2]),
        row[at + 3] == null ? null : ((Number) row[at + 3]).longValue(),
        URI.create((String) row[at + 4]),
        (String) row[at + 5],
        (String) row[at + 6],
        (String) row[at + 7],
        (String) row[at + 8],
        (String) row[at + 9],
        uri((String) row[at + 10]),
        words((String) row[at + 11]),
        words((String) row[at + 12]),
        (String) row[at + 13],
        (String) row[at + 14],
        Boolean.TRUE.equals(row[at + 15]),
        uri((String) row[at + 16]),
        uri((String) row[at + 17]),
        Boolean.TRUE.equals(row[at + 18]),
        instant(row[at + 19]),
        instant(row[at + 20]));
  }

  private static List<String> words(String text) {
    return text == null || text.isBlank() ? List.of() : Arrays.asList(text.split(" "));
  }

  private static URI uri(String text) {
    return text == null ? null : URI.create(text);
  }

  private static String text(URI uri) {
    return uri == null ? null : uri.toString();
  }

  private static Timestamp timestamp(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }

  static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof java.time.OffsetDateTime o) {
      return o.toInstant();
    }
    throw new IllegalStateException("unexpected timestamp type " + value.getClass());
  }

  // Lexemes are letters and digits (SearchWords splits on everything else); quoted anyway.
  private static String quoted(String lexeme) {
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'";
  }
}
