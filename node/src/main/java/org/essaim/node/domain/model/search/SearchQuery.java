// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.search;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A search: words (every word must match, each tolerant to accents, plurals and typos), filters (a
 * result matches one of the values given for each facet), who asks, order and page.
 *
 * @param text the words typed, may be blank (then everything, newest first)
 * @param filters accepted values per facet; several facets combine with AND
 * @param membersOnly true when a signed-in member asks (NETWORK copies and node-public objects
 *     too), false for anonymous callers
 * @param sort order
 * @param page 0-based page
 * @param size page size
 */
public record SearchQuery(
    String text,
    Map<SearchFacet, Set<String>> filters,
    boolean membersOnly,
    SearchSort sort,
    int page,
    int size) {

  public SearchQuery {
    text = text == null ? "" : text.strip();
    Map<SearchFacet, Set<String>> copy = new EnumMap<>(SearchFacet.class);
    if (filters != null) {
      filters.forEach(
          (facet, values) -> {
            if (values != null && !values.isEmpty()) {
              copy.put(facet, Set.copyOf(values));
            }
          });
    }
    filters = Map.copyOf(copy);
    Objects.requireNonNull(sort, "sort");
    if (page < 0 || size < 1) {
      throw new IllegalArgumentException("page ≥ 0 and size ≥ 1");
    }
  }

  /** The values accepted for one facet, empty when it does not filter. */
  public Set<String> filter(SearchFacet facet) {
    return filters.getOrDefault(facet, Set.of());
  }
}
