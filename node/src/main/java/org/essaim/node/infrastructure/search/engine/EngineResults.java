// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.search.engine;

import java.util.List;
import java.util.Map;
import org.essaim.node.domain.model.search.FacetCount;
import org.essaim.node.domain.model.search.SearchFacet;

/**
 * The engine's answer: the total, the page as row ids with their scores, and the facets (each facet
 * counted with the other facets' filters only).
 */
public record EngineResults(long total, List<Hit> page, Map<SearchFacet, List<FacetCount>> facets) {

  /** One result: the {@code search_document} row id and its text score (0 without words). */
  public record Hit(long id, double score) {}
}
