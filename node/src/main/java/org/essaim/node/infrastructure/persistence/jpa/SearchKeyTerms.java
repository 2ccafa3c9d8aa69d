// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.persistence.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.essaim.node.domain.model.search.KeyTerm;
import org.essaim.node.domain.model.search.KeyTermSurfaces;
import org.essaim.node.domain.model.search.SearchEntry;
import org.essaim.node.domain.model.search.SimilarCandidate;
import org.essaim.node.domain.model.search.SimilarQuery;

/**
 * Key terms (table {@code search_term}: each document's pruned tf-idf vector, computed by the SQL
 * function {@code essaim_key_terms}), the document frequencies they are weighted with ({@code
 * search_lexeme}, {@code search_statistics}) and the candidates of a similar query.
 */
final class SearchKeyTerms {

  /** Key terms kept per document. */
  static final int TERMS_PER_DOCUMENT = 24;

  private static final String OWN_TSVECTOR =
      "setweight(to_tsvector('essaim_french', CAST(?1 AS text)), 'A')"
          + " || setweight(to_tsvector('essaim_french', coalesce(CAST(?2 AS text), '')), 'B')"
          + " || setweight(to_tsvector('essaim_french', coalesce(CAST(?3 AS text), '')), 'C')";

  private final Supplier<EntityManager> entityManager;

  SearchKeyTerms(Supplier<EntityManager> entityManager) {
    this.entityManager = entityManager;
  }

  /** Replaces the key terms of the indexed entry (already written) with those of its own text. */
  void write(SearchEntry e, String ownBody) {
    EntityManager em = entityManager.get();
    em.createNativeQuery(
            "DELETE FROM search_term WHERE document_id ="
                + " (SELECT id FROM search_document WHERE object_uri = ?1)")
        .setParameter(1, e.objectUri().toString())
        .executeUpdate();
    List<KeyTerm> terms =
        of(e.title(), e.summary(), ownBody).stream()
            .filter(t -> !t.lexeme().contains(" ") && !t.surface().contains(" "))
            .toList();
    if (terms.isEmpty()) {
      return;
    }
    // Rows of this document only: concurrent indexing of other documents never waits on them.
    em.createNativeQuery(
            "INSERT INTO search_term (document_id, lexeme, kind, weight, surface)"
                + " SELECT d.id, t.lexeme, d.kind, t.weight, t.surface FROM search_document d,"
                + " unnest(string_to_array(?2, ' '), CAST(string_to_array(?3, ' ') AS real[]),"
                + " string_to_array(?4, ' ')) AS t(lexeme, weight, surface)"
                + " WHERE d.object_uri = ?1")
        .setParameter(1, e.objectUri().toString())
        .setParameter(2, terms.stream().map(KeyTerm::lexeme).collect(Collectors.joining(" ")))
        .setParameter(
            3,
            terms.stream().map(t -> Double.toString(t.weight())).collect(Collectors.joining(" ")))
        .setParameter(4, terms.stream().map(KeyTerm::surface).collect(Collectors.joining(" ")))
        .executeUpdate();
  }

  /** The stored key terms of an object, strongest first. */
  @SuppressWarnings("unchecked")
  List<KeyTerm> stored(URI objectUri) {
    List<Object[]> rows =
        entityManager
            .get()
            .createNativeQuery(
                "SELECT t.lexeme, t.weight, t.surface FROM search_term t"
                    + " JOIN search_document d ON d.id = t.document_id WHERE d.object_uri = ?1"
                    + " ORDER BY t.weight DESC, t.lexeme")
            .setParameter(1, objectUri.toString())
            .getResultList();
    return rows.stream()
        .map(r -> new KeyTerm((String) r[0], ((Number) r[1]).doubleValue(), (String) r[2]))
        .toList();
  }

  /** The key terms of a text with their surface words, strongest first. */
  @SuppressWarnings("unchecked")
  List<KeyTerm> of(String title, String summary, String body) {
    EntityManager em = entityManager.get();
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT k.lexeme, k.weight FROM essaim_key_terms("
                    + OWN_TSVECTOR
                    + ", "
                    + TERMS_PER_DOCUMENT
                    + ") k ORDER BY k.weight DESC, k.lexeme")
            .setParameter(1, title)
            .setParameter(2, summary)
            .setParameter(3, body)
            .getResultList();
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<String, Double> weights = new LinkedHashMap<>();
    for (Object[] row : rows) {
      weights.put((String) row[0], ((Number) row[1]).doubleValue());
    }
    String text = String.join(" ", nonNull(title), nonNull(summary), nonNull(body));
    Map<String, String> surfaces = surfaces(em, text, weights.keySet());
    List<KeyTerm> terms = new ArrayList<>();
    weights.forEach(
        (lexeme, weight) -> terms.add(new KeyTerm(lexeme, weight, surfaces.get(lexeme))));
    return terms;
  }

  /** The word the text uses most for each lexeme, stemmed by the database's configuration. */
  @SuppressWarnings("unchecked")
  private static Map<String, String> surfaces(
      EntityManager em, String text, java.util.Collection<String> lexemes) {
    List<String> words = KeyTermSurfaces.candidateWords(text, lexemes);
    if (words.isEmpty()) {
      return Map.of();
    }
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT w.word, v.lexeme FROM regexp_split_to_table(?1, ' ') AS w(word),"
                    + " unnest(to_tsvector('essaim_french', w.word)) v")
            .setParameter(1, String.join(" ", words))
            .getResultList();
    Map<String, List<String>> stems = new LinkedHashMap<>();
    for (Object[] row : rows) {
      stems.computeIfAbsent((String) row[0], w -> new ArrayList<>()).add((String) row[1]);
    }
    return KeyTermSurfaces.choose(text, stems);
  }

  /**
   * The candidates: documents of the kind found through the lexeme index from the source's key
   * terms (the highest-weighted postings of each term only, summing the products of the weights),
   * with those sharing a most specific theme, a support mode or the défi, that the caller may see.
   */
  @SuppressWarnings("unchecked")
  List<SimilarCandidate> candidates(SimilarQuery query) {
    List<Object> parameters = new ArrayList<>();
    parameters.add(query.kind().name()); // ?1
    // Who may see it, what is excluded: the same for every part.
    StringBuilder visible = new StringBuilder(" AND d.kind = ?1 AND d.object_uri <> ?");
    parameters.add(query.excludedObject().toString());
    visible.append(parameters.size());
    if (!query.membersOnly()) {
      visible.append(" AND d.public_searchable");
    }
    if (query.excludedTerritory() != null) {
      parameters.add(query.excludedTerritory().toString());
      visible.append(" AND d.territory_actor <> ?").append(parameters.size());
    }
    List<String> parts = new ArrayList<>();
    String text = "";
    if (!query.terms().isEmpty()) {
      parameters.add(query.terms().stream().map(KeyTerm::lexeme).collect(Collectors.joining(" ")));
      int lexemes = parameters.size();
      parameters.add(
          query.terms().stream()
              .map(t -> Double.toString(t.weight()))
              .collect(Collectors.joining(" ")));
      int weights = parameters.size();
      // Sums only over the postings (a plain hash aggregate); the shared terms are read for the
      // best documents alone, through the primary key, in the order of the source's weights.
      text =
          "t0 AS (SELECT p.document_id, sum(q.weight * p.weight) AS text"
              + " FROM unnest(string_to_array(?"
              + lexemes
              + ", ' '), CAST(string_to_array(?"
              + weights
              + ", ' ') AS float8[])) AS q(lexeme, weight)"
              + " CROSS JOIN LATERAL (SELECT s.document_id, s.weight FROM search_term s"
              + " WHERE s.lexeme = q.lexeme AND s.kind = ?1 ORDER BY s.weight DESC LIMIT "
              + SimilarQuery.POSTINGS_PER_TERM
              + ") p GROUP BY p.document_id ORDER BY text DESC, p.document_id LIMIT "
              + SimilarQuery.TEXT_CANDIDATES
              + "), t AS (SELECT t0.document_id, t0.text, array_to_string(ARRAY("
              + "SELECT s.lexeme FROM search_term s WHERE s.document_id = t0.document_id"
              + " AND s.lexeme = ANY (string_to_array(?"
              + lexemes
              + ", ' ')) ORDER BY array_position(string_to_array(?"
              + lexemes
              + ", ' '), s.lexeme)), ' ') AS shared FROM t0)";
      parts.add("SELECT t.document_id AS id FROM t");
    }
    if (!query.themes().isEmpty()) {
      parameters.add(String.join(" ", query.themes()));
      parts.add(
          other(
              "string_to_array(d.themes, ' ') && string_to_array(?" + parameters.size() + ", ' ')",
              visible));
    }
    if (!query.supportModes().isEmpty()) {
      parameters.add(String.join(" ", query.supportModes()));
      parts.add(
          other(
              "string_to_array(d.support_modes, ' ') && string_to_array(?"
                  + parameters.size()
                  + ", ' ')",
              visible));
    }
    if (query.answersChallenge() != null) {
      parameters.add(query.answersChallenge().toString());
      parts.add(other("d.answers_challenge = ?" + parameters.size(), visible));
    }
    if (parts.isEmpty()) {
      return List.of();
    }
    String sql =
        "WITH "
            + (text.isEmpty() ? "" : text + ", ")
            + "c AS ("
            + parts.stream().collect(Collectors.joining(" UNION "))
            + ") SELECT d.object_uri, d.themes, d.support_modes, d.answers_challenge, "
            + (text.isEmpty() ? "0::float8, CAST(NULL AS text)" : "coalesce(t.text, 0), t.shared")
            + " FROM c JOIN search_document d ON d.id = c.id"
            + (text.isEmpty() ? "" : " LEFT JOIN t ON t.document_id = c.id")
            + " WHERE TRUE"
            + visible;
    Query q = entityManager.get().createNativeQuery(sql);
    for (int i = 0; i < parameters.size(); i++) {
      q.setParameter(i + 1, parameters.get(i));
    }
    List<SimilarCandidate> candidates = new ArrayList<>();
    for (Object[] row : (List<Object[]>) q.getResultList()) {
      candidates.add(
          new SimilarCandidate(
              URI.create((String) row[0]),
              words((String) row[1]),
              words((String) row[2]),
              row[3] == null ? null : URI.create((String) row[3]),
              ((Number) row[4]).doubleValue(),
              words((String) row[5])));
    }
    return candidates;
  }

  private static String other(String condition, CharSequence visible) {
    return "SELECT x.id FROM (SELECT d.id FROM search_document d WHERE "
        + condition
        + visible
        + " LIMIT "
        + SimilarQuery.OTHER_CANDIDATES
        + ") x";
  }

  /** Counts the document frequencies again over the whole index; the number of documents. */
  long refreshStatistics() {
    EntityManager em = entityManager.get();
    // One refresh at a time; indexing goes on reading the previous counts until this commits.
    em.createNativeQuery("LOCK TABLE search_lexeme IN EXCLUSIVE MODE").executeUpdate();
    em.createNativeQuery("DELETE FROM search_lexeme").executeUpdate();
    em.createNativeQuery(
            "INSERT INTO search_lexeme (lexeme, documents)"
                + " SELECT word, ndoc FROM ts_stat('SELECT tsv FROM search_document')")
        .executeUpdate();
    em.createNativeQuery(
            "INSERT INTO search_statistics (id, documents, refreshed_at)"
                + " VALUES (1, (SELECT count(*) FROM search_document), now())"
                + " ON CONFLICT (id) DO UPDATE SET documents = excluded.documents,"
                + " refreshed_at = excluded.refreshed_at")
        .executeUpdate();
    return statisticsDocuments();
  }

  long statisticsDocuments() {
    List<?> rows =
        entityManager
            .get()
            .createNativeQuery("SELECT documents FROM search_statistics WHERE id = 1")
            .getResultList();
    return rows.isEmpty() ? -1 : ((Number) rows.get(0)).longValue();
  }

  boolean any() {
    return !entityManager
        .get()
        .createNativeQuery("SELECT 1 FROM search_term LIMIT 1")
        .getResultList()
        .isEmpty();
  }

  private static List<String> words(String text) {
    return text == null || text.isBlank() ? List.of() : Arrays.asList(text.split(" "));
  }

  private static String nonNull(String text) {
    return text == null ? "" : text;
  }
}
