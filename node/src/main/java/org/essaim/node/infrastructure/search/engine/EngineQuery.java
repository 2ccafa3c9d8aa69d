// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.search.engine;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.essaim.node.domain.model.search.SearchFacet;
import org.essaim.node.domain.model.search.SearchSort;

/**
 * A search as the engine runs it.
 *
 * @param groups the words: a group matches when one of its lexemes does (a word's lexeme and its
 *     typo correction); empty for no words
 * @param everyGroup true when every group must match, false when half of them (rounded up) do
 * @param filters accepted values per facet
 * @param membersOnly false to keep the entries anonymous callers may find
 * @param sort order (relevance needs groups, else recency)
 * @param offset results skipped
 * @param limit results returned at most
 */
public record EngineQuery(
    List<Set<String>> groups,
    boolean everyGroup,
    Map<SearchFacet, Set<String>> filters,
    boolean membersOnly,
    SearchSort sort,
    int offset,
    int limit) {

  /** Groups that must match for an entry to be found. */
  public int groupsToMatch() {
    return everyGroup ? groups.size() : (groups.size() + 1) / 2;
  }
}
