// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.search;

import java.util.List;
import java.util.Map;

/**
 * A page of results with the counts of every facet over all results.
 *
 * @param total results in all pages
 * @param hits this page
 * @param facets per facet, its values with their counts, most frequent first; a facet's counts are
 *     computed with the other facets' filters only, so its other values stay selectable
 * @param corrections query words the index does not know, with the known word searched instead
 * @param someWordsOnly true when no result has every word, and these results have half of them at
 *     least (most words first)
 */
public record SearchResults(
    long total,
    List<SearchHit> hits,
    Map<SearchFacet, List<FacetCount>> facets,
    Map<String, String> corrections,
    boolean someWordsOnly) {}
