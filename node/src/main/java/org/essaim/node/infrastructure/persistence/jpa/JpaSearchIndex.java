// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
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
import org.essaim.node.domain.model.search.SearchSort;
import org.essaim.node.domain.model.search.SearchWords;
import org.essaim.node.domain.model.search.SimilarCandidate;
import org.essaim.node.domain.model.search.SimilarQuery;

/**
 * The search index in PostgreSQL (tables {@code search_document} and {@code search_word}): French
 * full text without accents ({@code essaim_french}), typo tolerance through the trigram index of
 * known lexemes, facets counted in SQL; key terms and similar candidates in {@link SearchKeyTerms}.
 */
@ApplicationScoped
public class JpaSearchIndex implements SearchIndex {

  static final String COLUMNS =
      "d.object_uri, d.kind, d.origin, d.local_id, d.territory_actor, d.territory_name, d.region,"
          + " d.title, d.summary, d.body, d.url, d.themes, d.support_modes, d.stage, d.legal_form,"
          + " d.transferable, d.source_project, d.answers_challenge, d.public_searchable,"
          + " d.published, d.updated";

  /** Values of a facet returned at most. */
  static final int FACET_VALUES = 50;

  private static final String MARK_START = SearchHit.MARK_START;
  private static final String MARK_END = SearchHit.MARK_END;

  @PersistenceContext(unitName = "essaim")
  private EntityManager entityManager;

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
  public SearchResults search(SearchQuery query) {
    Map<String, String> corrections = new LinkedHashMap<>();
    String tsquery = tsquery(SearchWords.of(query.text()), corrections);
    Counted counted = countAndFacets(query, tsquery);
    List<SearchHit> hits = counted.total() == 0 ? List.of() : hits(query, tsquery);
    return new SearchResults(counted.total(), hits, counted.facets(), corrections);
  }

  /**
   * The text query: every word must match, as its French stem without accents, or else as the
   * nearest lexeme the index knows (typo tolerance); null for no words.
   */
  private String tsquery(List<String> words, Map<String, String> corrections) {
    if (words.isEmpty()) {
      return null;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "WITH q AS (SELECT t.word, t.ord FROM regexp_split_to_table(?1, ' ')"
                    + " WITH ORDINALITY AS t(word, ord)),"
                    + " l AS (SELECT q.ord, q.word, v.lexeme"
                    + " FROM q, unnest(to_tsvector('essaim_french', q.word)) v)"
                    + " SELECT l.ord, l.word, l.lexeme,"
                    + " EXISTS (SELECT 1 FROM search_word w WHERE w.word = l.lexeme),"
                    + " CASE WHEN length(l.lexeme) >= 4 THEN (SELECT w.word FROM search_word w"
                    + " WHERE w.word % l.lexeme ORDER BY similarity(w.word, l.lexeme) DESC,"
                    + " w.word LIMIT 1) END"
                    + " FROM l ORDER BY l.ord, l.lexeme")
            .setParameter(1, String.join(" ", words))
            .getResultList();
    Map<Long, List<String>> byWord = new LinkedHashMap<>();
    for (Object[] row : rows) {
      long ord = ((Number) row[0]).longValue();
      String word = (String) row[1];
      String lexeme = (String) row[2];
      boolean known = Boolean.TRUE.equals(row[3]);
      String nearest = (String) row[4];
      String term = quoted(lexeme);
      if (!known && nearest != null) {
        term = "(" + term + " | " + quoted(nearest) + ")";
        corrections.put(word, nearest);
      }
      byWord.computeIfAbsent(ord, k -> new ArrayList<>()).add(term);
    }
    if (byWord.isEmpty()) {
      return null; // only stop words
    }
    return byWord.values().stream()
        .map(terms -> String.join(" & ", terms))
        .collect(Collectors.joining(" & "));
  }

  @SuppressWarnings("unchecked")
  private List<SearchHit> hits(SearchQuery query, String tsquery) {
    NativeWhere where = where(query, tsquery, null);
    String score =
        tsquery == null
            ? "0::float8"
            : "ts_rank(d.tsv, to_tsquery('simple', " + where.parameter(tsquery) + "), 1)";
    String order =
        tsquery != null && query.sort() == SearchSort.RELEVANCE
            ? "score DESC, updated DESC, id DESC"
            : "updated DESC, id DESC";
    // The page is chosen first; snippets are made for its rows only.
    String page =
        "SELECT d.id, "
            + COLUMNS
            + ", "
            + score
            + " AS score FROM search_document d"
            + where.sql()
            + " ORDER BY "
            + order.replace("updated", "d.updated").replace("id DESC", "d.id DESC")
            + " LIMIT "
            + where.parameter(query.size())
            + " OFFSET "
            + where.parameter((long) query.page() * query.size());
    String snippet =
        tsquery == null
            ? "NULL"
            : "ts_headline('essaim_french', coalesce(p.summary, '') || ' ' || coalesce(p.body, ''),"
                + " to_tsquery('simple', "
                + where.parameter(tsquery)
                + "), 'StartSel="
                + MARK_START
                + ", StopSel="
                + MARK_END
                + ", MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=\" … \"')";
    String sql =
        "SELECT "
            + COLUMNS.replace("d.", "p.")
            + ", p.score, "
            + snippet
            + " FROM ("
            + page
            + ") p ORDER BY "
            + order.replace("updated", "p.updated").replace("id DESC", "p.id DESC");
    Query q = entityManager.createNativeQuery(sql);
    where.bind(q);
    List<SearchHit> hits = new ArrayList<>();
    for (Object[] row : (List<Object[]>) q.getResultList()) {
      hits.add(new SearchHit(entry(row, 0), (String) row[22], ((Number) row[21]).doubleValue()));
    }
    return hits;
  }

  /**
   * The total and the facets in one pass over the matching rows, plus one pass for each facet the
   * query filters on (counted without its own filter, so its other values stay selectable).
   */
  @SuppressWarnings("unchecked")
  private Counted countAndFacets(SearchQuery query, String tsquery) {
    Map<SearchFacet, List<FacetCount>> facets = new EnumMap<>(SearchFacet.class);
    for (SearchFacet facet : SearchFacet.values()) {
      facets.put(facet, new ArrayList<>());
    }
    NativeWhere all = where(query, tsquery, null);
    StringBuilder sql =
        new StringBuilder("WITH m AS MATERIALIZED (SELECT ")
            .append(FACET_COLUMNS)
            .append(" FROM search_document d")
            .append(all.sql())
            .append(") SELECT -1, CAST(NULL AS text), CAST(NULL AS text), count(*) FROM m");
    for (SearchFacet facet : SearchFacet.values()) {
      if (query.filter(facet).isEmpty()) {
        sql.append(" UNION ALL ").append(facetQuery(facet, "m d", " WHERE TRUE"));
      }
    }
    Query combined = entityManager.createNativeQuery(sql.toString());
    all.bind(combined);
    long total = 0;
    for (Object[] row : (List<Object[]>) combined.getResultList()) {
      int facet = ((Number) row[0]).intValue();
      if (facet < 0) {
        total = ((Number) row[3]).longValue();
      } else {
        facets.get(SearchFacet.values()[facet]).add(facetCount(row));
      }
    }
    for (SearchFacet facet : query.filters().keySet()) {
      NativeWhere without = where(query, tsquery, facet);
      Query q =
          entityManager.createNativeQuery(facetQuery(facet, "search_document d", without.sql()));
      without.bind(q);
      for (Object[] row : (List<Object[]>) q.getResultList()) {
        facets.get(facet).add(facetCount(row));
      }
    }
    return new Counted(total, facets);
  }

  private record Counted(long total, Map<SearchFacet, List<FacetCount>> facets) {}

  /** The columns facets are counted on. */
  static final String FACET_COLUMNS =
      "d.kind, d.themes, d.support_modes, d.territory_actor, d.territory_name, d.region, d.stage,"
          + " d.legal_form, d.transferable";

  private static FacetCount facetCount(Object[] row) {
    return new FacetCount((String) row[1], (String) row[2], ((Number) row[3]).longValue());
  }

  /** The most frequent values of one facet over {@code from} (aliased d) and {@code where}. */
  private static String facetQuery(SearchFacet facet, String from, String where) {
    String value;
    String label = "CAST(NULL AS text)";
    String unnest = "";
    String condition = "";
    switch (facet) {
      case KIND:
        value = "d.kind";
        break;
      case THEME:
        value = "t.value";
        unnest = ", unnest(string_to_array(d.themes, ' ')) AS t(value)";
        condition = " AND t.value <> '' AND strpos(t.value, '.') = 0";
        break;
      case SUPPORT_MODE:
        value = "t.value";
        unnest = ", unnest(string_to_array(d.support_modes, ' ')) AS t(value)";
        condition = " AND t.value <> ''";
        break;
      case TERRITORY:
        value = "d.territory_actor";
        label = "max(d.territory_name)";
        break;
      case REGION:
        value = "d.region";
        break;
      case STAGE:
        value = "d.stage";
        break;
      case LEGAL_FORM:
        value = "d.legal_form";
        break;
      case TRANSFERABLE:
        value = "d.transferable";
        break;
      default:
        throw new IllegalStateException(facet.name());
    }
    return "SELECT * FROM (SELECT "
        + facet.ordinal()
        + ", CAST("
        + value
        + " AS text), "
        + label
        + ", count(*) FROM "
        + from
        + unnest
        + where
        + " AND "
        + value
        + " IS NOT NULL"
        + condition
        + " GROUP BY 2 ORDER BY 4 DESC, 2 LIMIT "
        + FACET_VALUES
        + ") AS f"
        + facet.ordinal();
  }

  /** Text, audience and every filter but {@code except}'s. */
  private static NativeWhere where(SearchQuery query, String tsquery, SearchFacet except) {
    NativeWhere where = new NativeWhere();
    if (tsquery != null) {
      where.and("d.tsv @@ to_tsquery('simple', ?)", tsquery);
    }
    if (!query.membersOnly()) {
      where.and("d.public_searchable");
    }
    for (Map.Entry<SearchFacet, Set<String>> filter : query.filters().entrySet()) {
      if (filter.getKey() == except) {
        continue;
      }
      List<String> values = filter.getValue().stream().sorted().toList();
      switch (filter.getKey()) {
        case KIND:
          where.and(column("d.kind", values), values.toArray());
          break;
        case THEME:
          where.and(
              "string_to_array(d.themes, ' ') && string_to_array(?, ' ')",
              String.join(" ", values));
          break;
        case SUPPORT_MODE:
          where.and(
              "string_to_array(d.support_modes, ' ') && string_to_array(?, ' ')",
              String.join(" ", values));
          break;
        case TERRITORY:
          where.and(column("d.territory_actor", values), values.toArray());
          break;
        case REGION:
          where.and(column("d.region", values), values.toArray());
          break;
        case STAGE:
          where.and(column("d.stage", values), values.toArray());
          break;
        case LEGAL_FORM:
          where.and(column("d.legal_form", values), values.toArray());
          break;
        case TRANSFERABLE:
          List<Boolean> flags = values.stream().map(Boolean::parseBoolean).distinct().toList();
          if (flags.size() == 1) {
            where.and("d.transferable = ?", flags.get(0));
          }
          break;
        default:
          throw new IllegalStateException(filter.getKey().name());
      }
    }
    return where;
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

  private static Instant instant(Object value) {
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
