// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.search.engine;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.essaim.node.domain.model.search.FacetCount;
import org.essaim.node.domain.model.search.SearchFacet;
import org.essaim.node.domain.model.search.SearchSort;

/**
 * The Lucene index of search entries: lexemes of the title, summary and body in three fields
 * (weighted like PostgreSQL's A, B and C), facet values as doc values. A search visits the entries
 * matching the words and the audience once: each one passing every filter is counted in every facet
 * and offered to the page; one failing a single filter is counted in that filter's facet only (so
 * that facet's other values stay selectable, as with drill-sideways).
 */
public final class EngineIndex implements Closeable {

  /** Bumped when the documents change shape: an index of another format is built again. */
  public static final String FORMAT = "1";

  static final String URI = "uri";
  static final String PUBLIC = "public";
  static final String TITLE = "title";
  static final String SUMMARY = "summary";
  static final String BODY = "body";
  static final String ID = "id";
  static final String UPDATED = "updated";

  /** The weights of title, summary and body, as ts_rank gives A, B and C (1, 0.4, 0.2). */
  private static final float[] BOOSTS = {5f, 2f, 1f};

  private static final String[] TEXT_FIELDS = {TITLE, SUMMARY, BODY};

  /** Separates a territory's actor URI from its name in the territory facet's values. */
  private static final char NAME_SEPARATOR = '\n';

  /** Values of a facet returned at most. */
  static final int FACET_VALUES = 50;

  private final IndexWriter writer;
  private final SearcherManager searchers;

  /** Opens (or creates) the index in this directory. */
  public EngineIndex(Directory directory) {
    try {
      IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer());
      config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      config.setRAMBufferSizeMB(64);
      this.writer = new IndexWriter(directory, config);
      this.searchers = new SearcherManager(writer, null);
    } catch (IOException e) {
      throw new UncheckedIOException("search engine index not opened", e);
    }
  }

  /** What the last commit recorded (empty for a new index). */
  public Map<String, String> commitData() {
    Map<String, String> data = new HashMap<>();
    Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
    if (live != null) {
      live.forEach(e -> data.put(e.getKey(), e.getValue()));
    }
    return data;
  }

  /** Removes every entry (a build follows). */
  public void clear() {
    try {
      writer.deleteAll();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes these objects' entries, then adds or replaces these entries. */
  public void apply(List<String> removedUris, List<EngineEntry> changed) {
    try {
      for (String uri : removedUris) {
        writer.deleteDocuments(new Term(URI, uri));
      }
      for (EngineEntry entry : changed) {
        writer.updateDocument(new Term(URI, entry.objectUri()), document(entry));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes what was applied visible to searches. */
  public void refresh() {
    try {
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes what was applied durable, with what the follower needs to go on after a restart. */
  public void commit(Map<String, String> data) {
    try {
      writer.setLiveCommitData(Map.copyOf(data).entrySet());
      writer.commit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Entries searches see. */
  public int size() {
    return withSearcher(searcher -> searcher.getIndexReader().numDocs());
  }

  @Override
  public void close() {
    try {
      searchers.close();
      writer.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Document document(EngineEntry entry) {
    Document doc = new Document();
    doc.add(new StringField(URI, entry.objectUri(), Field.Store.NO));
    if (entry.publicSearchable()) {
      doc.add(new StringField(PUBLIC, "1", Field.Store.NO));
    }
    List<List<String>> weights = TsvectorText.byWeight(entry.tsvector());
    for (int i = 0; i < TEXT_FIELDS.length; i++) {
      if (!weights.get(i).isEmpty()) {
        doc.add(new TextField(TEXT_FIELDS[i], String.join(" ", weights.get(i)), Field.Store.NO));
      }
    }
    doc.add(new NumericDocValuesField(ID, entry.id()));
    doc.add(new NumericDocValuesField(UPDATED, entry.updated().toEpochMilli()));
    single(doc, SearchFacet.KIND, entry.kind());
    single(
        doc,
        SearchFacet.TERRITORY,
        entry.territoryActor() + NAME_SEPARATOR + nullToEmpty(entry.territoryName()));
    single(doc, SearchFacet.REGION, entry.region());
    single(doc, SearchFacet.STAGE, entry.stage());
    single(doc, SearchFacet.LEGAL_FORM, entry.legalForm());
    single(doc, SearchFacet.TRANSFERABLE, Boolean.toString(entry.transferable()));
    for (String theme : entry.themes()) {
      if (!theme.isEmpty()) {
        doc.add(new SortedSetDocValuesField(field(SearchFacet.THEME), new BytesRef(theme)));
      }
    }
    for (String mode : entry.supportModes()) {
      if (!mode.isEmpty()) {
        doc.add(new SortedSetDocValuesField(field(SearchFacet.SUPPORT_MODE), new BytesRef(mode)));
      }
    }
    return doc;
  }

  private static void single(Document doc, SearchFacet facet, String value) {
    if (value != null) {
      doc.add(new SortedDocValuesField(field(facet), new BytesRef(value)));
    }
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }

  static String field(SearchFacet facet) {
    return "facet_" + facet.name();
  }

  private static boolean multiValued(SearchFacet facet) {
    return facet == SearchFacet.THEME || facet == SearchFacet.SUPPORT_MODE;
  }

  // -----------------------------------------------------------------------------------------------
  // Search
  // -----------------------------------------------------------------------------------------------

  /** Runs a search. */
  public EngineResults search(EngineQuery query) {
    return withSearcher(
        searcher -> {
          FacetedTopCollector collector = new FacetedTopCollector(query);
          try {
            searcher.search(query(query), collector);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          return collector.results();
        });
  }

  private interface SearcherWork<T> {
    T run(IndexSearcher searcher);
  }

  private <T> T withSearcher(SearcherWork<T> work) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return work.run(searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Query query(EngineQuery query) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    if (query.groups().isEmpty()) {
      all.add(new MatchAllDocsQuery(), Occur.MUST);
    }
    BooleanQuery.Builder words = new BooleanQuery.Builder();
    words.setMinimumNumberShouldMatch(query.groupsToMatch());
    for (Set<String> group : query.groups()) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      for (String lexeme : group) {
        for (int f = 0; f < TEXT_FIELDS.length; f++) {
          any.add(
              new BoostQuery(new TermQuery(new Term(TEXT_FIELDS[f], lexeme)), BOOSTS[f]),
              Occur.SHOULD);
        }
      }
      // SHOULD with a minimum: an entry matching more words scores higher.
      words.add(any.build(), Occur.SHOULD);
    }
    if (!query.groups().isEmpty()) {
      all.add(words.build(), Occur.MUST);
    }
    if (!query.membersOnly()) {
      all.add(new TermQuery(new Term(PUBLIC, "1")), Occur.FILTER);
    }
    return all.build();
  }

  /** One entry of the page being collected. */
  private record Candidate(double score, long updated, long id) {}

  /**
   * Counts facets and keeps the best {@code offset + limit} entries in one pass. Counting per
   * segment ordinal, merged by value when the segment is done.
   */
  private static final class FacetedTopCollector implements Collector {

    private static final SearchFacet[] FACETS = SearchFacet.values();

    private final EngineQuery query;
    private final boolean byScore;
    private final int keep;
    private final PriorityQueue<Candidate> best;
    private final Comparator<Candidate> order;
    private final List<Map<String, Long>> counts = new ArrayList<>();
    private final boolean[] filtered = new boolean[FACETS.length];
    private long total;
    private Leaf current;

    FacetedTopCollector(EngineQuery query) {
      this.query = query;
      this.byScore = query.sort() == SearchSort.RELEVANCE && !query.groups().isEmpty();
      this.keep = query.offset() + query.limit();
      Comparator<Candidate> recency =
          Comparator.comparingLong(Candidate::updated).thenComparingLong(Candidate::id);
      // Ascending: the head of the queue is the worst entry kept.
      this.order =
          byScore ? Comparator.comparingDouble(Candidate::score).thenComparing(recency) : recency;
      this.best = new PriorityQueue<>(Math.min(keep, 1024) + 1, order);
      for (SearchFacet facet : FACETS) {
        counts.add(new HashMap<>());
        filtered[facet.ordinal()] = filters(query, facet);
      }
    }

    /** A filter that accepts every value (both transferable flags) filters nothing. */
    private static boolean filters(EngineQuery query, SearchFacet facet) {
      Set<String> values = query.filters().getOrDefault(facet, Set.of());
      return !values.isEmpty()
          && !(facet == SearchFacet.TRANSFERABLE && values.containsAll(Set.of("true", "false")));
    }

    @Override
    public ScoreMode scoreMode() {
      return byScore ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      if (current != null) {
        current.merge();
      }
      current = new Leaf(context.reader());
      return current;
    }

    EngineResults results() {
      if (current != null) {
        current.merge();
        current = null;
      }
      List<Candidate> sorted = new ArrayList<>(best);
      sorted.sort(order.reversed());
      List<EngineResults.Hit> page = new ArrayList<>();
      for (int i = query.offset(); i < sorted.size(); i++) {
        Candidate c = sorted.get(i);
        page.add(new EngineResults.Hit(c.id(), byScore ? c.score() : 0));
      }
      Map<SearchFacet, List<FacetCount>> facets = new EnumMap<>(SearchFacet.class);
      for (SearchFacet facet : FACETS) {
        facets.put(facet, facetCounts(facet, counts.get(facet.ordinal())));
      }
      return new EngineResults(total, page, facets);
    }

    private static List<FacetCount> facetCounts(SearchFacet facet, Map<String, Long> counted) {
      List<FacetCount> values = new ArrayList<>();
      if (facet == SearchFacet.TERRITORY) {
        // Values are "actor\nname": one count per actor, with its greatest name.
        Map<String, Long> byActor = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        counted.forEach(
            (value, count) -> {
              int cut = value.indexOf(NAME_SEPARATOR);
              String actor = value.substring(0, cut);
              String name = value.substring(cut + 1);
              byActor.merge(actor, count, Long::sum);
              names.merge(actor, name, (a, b) -> a.compareTo(b) >= 0 ? a : b);
            });
        byActor.forEach(
            (actor, count) -> values.add(new FacetCount(actor, names.get(actor), count)));
      } else {
        counted.forEach(
            (value, count) -> {
              // Themes are counted at the top level of the taxonomy only.
              if (facet != SearchFacet.THEME || value.indexOf('.') < 0) {
                values.add(new FacetCount(value, null, count));
              }
            });
      }
      values.sort(
          Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value));
      return values.size() > FACET_VALUES ? List.copyOf(values.subList(0, FACET_VALUES)) : values;
    }

    /** The work on one segment. */
    private final class Leaf implements LeafCollector {
      private final SortedDocValues[] single = new SortedDocValues[FACETS.length];
      private final SortedSetDocValues[] multi = new SortedSetDocValues[FACETS.length];
      private final long[][] ordCounts = new long[FACETS.length][];
      private final boolean[][] accepted = new boolean[FACETS.length][];
      private final int[][] ords = new int[FACETS.length][];
      private final int[] ordCount = new int[FACETS.length];
      private final NumericDocValues ids;
      private final NumericDocValues updated;
      private Scorable scorer;

      Leaf(LeafReader reader) throws IOException {
        ids = DocValues.getNumeric(reader, ID);
        updated = DocValues.getNumeric(reader, UPDATED);
        for (SearchFacet facet : FACETS) {
          int f = facet.ordinal();
          long values;
          if (multiValued(facet)) {
            multi[f] = DocValues.getSortedSet(reader, field(facet));
            values = multi[f].getValueCount();
          } else {
            single[f] = DocValues.getSorted(reader, field(facet));
            values = single[f].getValueCount();
          }
          ordCounts[f] = new long[(int) values];
          ords[f] = new int[multiValued(facet) ? 16 : 1];
          if (filtered[f]) {
            accepted[f] = acceptedOrds(facet, (int) values);
          }
        }
      }

      private boolean[] acceptedOrds(SearchFacet facet, int values) throws IOException {
        boolean[] accept = new boolean[values];
        Set<String> wanted = query.filters().get(facet);
        int f = facet.ordinal();
        if (facet == SearchFacet.TERRITORY) {
          // The few territory values are read whole: a filter names the actor only.
          for (int ord = 0; ord < values; ord++) {
            String value = single[f].lookupOrd(ord).utf8ToString();
            accept[ord] = wanted.contains(value.substring(0, value.indexOf(NAME_SEPARATOR)));
          }
          return accept;
        }
        for (String value : wanted) {
          long ord =
              multiValued(facet)
                  ? multi[f].lookupTerm(new BytesRef(value))
                  : single[f].lookupTerm(new BytesRef(value));
          if (ord >= 0) {
            accept[(int) ord] = true;
          }
        }
        return accept;
      }

      @Override
      public void setScorer(Scorable scorer) {
        this.scorer = scorer;
      }

      @Override
      public void collect(int doc) throws IOException {
        for (int f = 0; f < FACETS.length; f++) {
          readOrds(f, doc);
        }
        int failures = 0;
        int failed = -1;
        for (int f = 0; f < FACETS.length; f++) {
          if (filtered[f] && !passes(f)) {
            failed = f;
            if (++failures > 1) {
              return;
            }
          }
        }
        if (failures == 1) {
          count(failed);
          return;
        }
        total++;
        for (int f = 0; f < FACETS.length; f++) {
          count(f);
        }
        double score = byScore ? scorer.score() : 0;
        long when = updated.advanceExact(doc) ? updated.longValue() : 0;
        long id = ids.advanceExact(doc) ? ids.longValue() : 0;
        Candidate candidate = new Candidate(score, when, id);
        if (best.size() < keep) {
          best.add(candidate);
        } else if (keep > 0 && order.compare(candidate, best.peek()) > 0) {
          best.poll();
          best.add(candidate);
        }
      }

      private void readOrds(int f, int doc) throws IOException {
        ordCount[f] = 0;
        if (multi[f] != null) {
          if (multi[f].advanceExact(doc)) {
            int n = multi[f].docValueCount();
            if (ords[f].length < n) {
              ords[f] = new int[n];
            }
            for (int i = 0; i < n; i++) {
              ords[f][i] = (int) multi[f].nextOrd();
            }
            ordCount[f] = n;
          }
        } else if (single[f].advanceExact(doc)) {
          ords[f][0] = single[f].ordValue();
          ordCount[f] = 1;
        }
      }

      private boolean passes(int f) {
        for (int i = 0; i < ordCount[f]; i++) {
          if (accepted[f][ords[f][i]]) {
            return true;
          }
        }
        return false;
      }

      private void count(int f) {
        for (int i = 0; i < ordCount[f]; i++) {
          ordCounts[f][ords[f][i]]++;
        }
      }

      void merge() {
        try {
          for (int f = 0; f < FACETS.length; f++) {
            long[] perOrd = ordCounts[f];
            for (int ord = 0; ord < perOrd.length; ord++) {
              if (perOrd[ord] > 0) {
                BytesRef value =
                    multi[f] != null ? multi[f].lookupOrd(ord) : single[f].lookupOrd(ord);
                counts.get(f).merge(value.utf8ToString(), perOrd[ord], Long::sum);
              }
            }
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }
}
