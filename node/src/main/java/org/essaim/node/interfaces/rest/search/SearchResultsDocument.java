// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.search;

import java.util.List;
import java.util.Map;

/**
 * A page of search results.
 *
 * @param items the results of this page
 * @param page page number, from 1
 * @param size results per page
 * @param totalItems results in all pages
 * @param totalPages pages
 * @param facets per filter parameter ({@code kind}, {@code theme}, {@code territory}…), its values
 *     with counts; a facet is counted without its own filter, so its other values stay selectable
 * @param corrections words of the query the index does not know, with the word also searched
 * @param someWordsOnly true when no result has every word: these have half of them at least, those
 *     with most words first
 */
public record SearchResultsDocument(
    List<SearchHitDocument> items,
    int page,
    int size,
    long totalItems,
    long totalPages,
    Map<String, List<FacetValueDocument>> facets,
    Map<String, String> corrections,
    boolean someWordsOnly) {}
