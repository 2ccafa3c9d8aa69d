// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.search.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.essaim.node.domain.model.search.FacetCount;
import org.essaim.node.domain.model.search.SearchFacet;
import org.essaim.node.domain.model.search.SearchSort;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EngineIndexTest {

  private static final String GRENOBLE = "https://grenoble.example/actor";
  private static final String MIRAMAS = "https://miramas.example/actor";

  private EngineIndex index;

  @BeforeEach
  void open() {
    index = new EngineIndex(new ByteBuffersDirectory());
    index.apply(
        List.of(),
        List.of(
            entry(1, GRENOBLE, "Grenoble", "PROJECT", true, 10, "'jardin':1A 'partag':2A", "alim"),
            entry(2, GRENOBLE, "Grenoble", "PROJECT", true, 20, "'atelier':1A 'jardin':5C", "alim"),
            entry(3, MIRAMAS, "Miramas", "SOLUTION", true, 30, "'jardin':1B 'vel':2A", "mob"),
            entry(4, MIRAMAS, "Miramas", "PROJECT", false, 40, "'jardin':1A", "alim"),
            entry(5, MIRAMAS, "Miramas", "PROJECT", true, 50, "'vel':1A 'repar':2A", "mob")));
    index.refresh();
  }

  @AfterEach
  void close() {
    index.close();
  }

  @Test
  void everyGroupMustMatchAndAnyLexemeOfAGroup() {
    assertEquals(List.of(1L), ids(search(List.of(Set.of("jardin"), Set.of("partag")), Map.of())));
    // A typo's correction is an alternative of its group.
    assertEquals(
        Set.of(1L, 2L, 3L), Set.copyOf(ids(search(List.of(Set.of("jardni", "jardin")), Map.of()))));
    assertEquals(0, search(List.of(Set.of("jardin"), Set.of("inconnu")), Map.of()).total());
  }

  @Test
  void withoutEveryWordHalfOfThemSufficeMostWordsFirst() {
    List<Set<String>> words = List.of(Set.of("jardin"), Set.of("partag"), Set.of("inconnu"));
    EngineResults some =
        index.search(new EngineQuery(words, false, Map.of(), false, SearchSort.RELEVANCE, 0, 10));
    // Two of three words: only entry 1 has jardin and partag.
    assertEquals(List.of(1L), ids(some));
    List<Set<String>> two = List.of(Set.of("vel"), Set.of("jardin"));
    EngineResults either =
        index.search(new EngineQuery(two, false, Map.of(), false, SearchSort.RELEVANCE, 0, 10));
    // One of two: entry 3 has both and comes first.
    assertEquals(3L, ids(either).get(0));
    assertEquals(4, either.total());
  }

  @Test
  void anonymousCallersFindOnlyPublicEntries() {
    EngineResults members =
        index.search(
            new EngineQuery(
                List.of(Set.of("jardin")), true, Map.of(), true, SearchSort.RELEVANCE, 0, 10));
    assertEquals(4, members.total());
    assertEquals(3, search(List.of(Set.of("jardin")), Map.of()).total());
  }

  @Test
  void titleMatchesRankAboveSummaryAndBodyMatches() {
    List<Long> ids = ids(search(List.of(Set.of("jardin")), Map.of()));
    assertEquals(List.of(1L, 3L, 2L), ids);
  }

  @Test
  void withoutWordsNewestFirstAndPaged() {
    EngineResults first =
        index.search(new EngineQuery(List.of(), true, Map.of(), false, SearchSort.RELEVANCE, 0, 2));
    assertEquals(4, first.total());
    assertEquals(List.of(5L, 3L), ids(first));
    EngineResults second =
        index.search(new EngineQuery(List.of(), true, Map.of(), false, SearchSort.RELEVANCE, 2, 2));
    assertEquals(List.of(2L, 1L), ids(second));
  }

  @Test
  void aFilteredFacetIsCountedWithoutItsOwnFilter() {
    Map<SearchFacet, Set<String>> filters = new EnumMap<>(SearchFacet.class);
    filters.put(SearchFacet.TERRITORY, Set.of(GRENOBLE));
    EngineResults results = search(List.of(Set.of("jardin")), filters);
    assertEquals(2, results.total());
    // The territory facet still shows Miramas (its public jardin entry), the kind facet only what
    // the territory filter keeps.
    assertEquals(
        List.of(new FacetCount(GRENOBLE, "Grenoble", 2), new FacetCount(MIRAMAS, "Miramas", 1)),
        results.facets().get(SearchFacet.TERRITORY));
    assertEquals(
        List.of(new FacetCount("PROJECT", null, 2)), results.facets().get(SearchFacet.KIND));
  }

  @Test
  void twoFiltersCombineAndThemesCountAtTheTopLevel() {
    Map<SearchFacet, Set<String>> filters = new EnumMap<>(SearchFacet.class);
    filters.put(SearchFacet.THEME, Set.of("mob"));
    filters.put(SearchFacet.KIND, Set.of("PROJECT"));
    EngineResults results = search(List.of(), filters);
    assertEquals(List.of(5L), ids(results));
    assertEquals(
        List.of(new FacetCount("alim", null, 2), new FacetCount("mob", null, 1)),
        results.facets().get(SearchFacet.THEME));
    assertEquals(
        List.of(new FacetCount("PROJECT", null, 1), new FacetCount("SOLUTION", null, 1)),
        results.facets().get(SearchFacet.KIND));
  }

  @Test
  void bothTransferableValuesFilterNothing() {
    Map<SearchFacet, Set<String>> filters = new EnumMap<>(SearchFacet.class);
    filters.put(SearchFacet.TRANSFERABLE, Set.of("true", "false"));
    assertEquals(4, search(List.of(), filters).total());
    filters.put(SearchFacet.TRANSFERABLE, Set.of("true"));
    assertEquals(List.of(3L), ids(search(List.of(), filters)));
  }

  @Test
  void anUpdateReplacesAndARemovalRemoves() {
    index.apply(
        List.of("https://example/objects/2"),
        List.of(entry(1, GRENOBLE, "Grenoble", "PROJECT", true, 60, "'verger':1A", "alim")));
    index.refresh();
    assertEquals(List.of(3L), ids(search(List.of(Set.of("jardin")), Map.of())));
    assertEquals(List.of(1L), ids(search(List.of(Set.of("verger")), Map.of())));
    assertEquals(4, index.size());
  }

  @Test
  void commitDataIsKept() {
    assertTrue(index.commitData().isEmpty());
    index.commit(Map.of("horizon", "42"));
    assertEquals("42", index.commitData().get("horizon"));
  }

  private EngineResults search(List<Set<String>> groups, Map<SearchFacet, Set<String>> filters) {
    return index.search(new EngineQuery(groups, true, filters, false, SearchSort.RELEVANCE, 0, 10));
  }

  private static List<Long> ids(EngineResults results) {
    return results.page().stream().map(EngineResults.Hit::id).toList();
  }

  private static EngineEntry entry(
      long id,
      String actor,
      String name,
      String kind,
      boolean isPublic,
      long minute,
      String tsvector,
      String theme) {
    return new EngineEntry(
        id,
        "https://example/objects/" + id,
        kind,
        actor,
        name,
        null,
        List.of(theme, theme + ".sub"),
        List.of(),
        null,
        null,
        kind.equals("SOLUTION"),
        isPublic,
        Instant.ofEpochSecond(minute * 60),
        tsvector,
        id);
  }
}
