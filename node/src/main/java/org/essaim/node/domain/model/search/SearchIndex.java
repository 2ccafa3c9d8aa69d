// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.search;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/** The search index, in the node's database. Called inside the transaction of the change. */
public interface SearchIndex {

  /** Adds the entry or replaces the one with the same object URI; its key terms from its body. */
  default void put(SearchEntry entry) {
    put(entry, entry.body());
  }

  /**
   * Adds the entry or replaces the one with the same object URI, with its key terms (the pruned
   * term vector of similar objects) drawn from its title, summary and {@code ownBody}.
   *
   * @param ownBody the body without what the indexer added for search only (taxonomy labels)
   */
  void put(SearchEntry entry, String ownBody);

  /** Removes the entry of this object, if any. */
  void remove(URI objectUri);

  /** The entry of this object, if indexed. */
  Optional<SearchEntry> find(URI objectUri);

  /** Runs a search. */
  SearchResults search(SearchQuery query);

  /** The stored key terms of an indexed object, strongest first; empty when not indexed. */
  List<KeyTerm> keyTerms(URI objectUri);

  /** The key terms of a text that is not indexed, as the index would store them. */
  List<KeyTerm> keyTerms(String title, String summary, String body);

  /** The candidates of a similar query (at most a few hundred), unordered. */
  List<SimilarCandidate> similarCandidates(SimilarQuery query);

  /** The entries of these objects, without their body, in no particular order. */
  List<SearchEntry> entries(List<URI> objectUris);

  /**
   * Counts again the document frequencies key-term weights are computed with, over the whole index.
   *
   * @return the number of documents counted
   */
  long refreshTermStatistics();

  /** The number of documents the frequencies were last counted over, -1 when never counted. */
  long termStatisticsDocuments();

  /** Whether any document has key terms (false after an upgrade that brought them). */
  boolean hasKeyTerms();

  /** Removes every entry (a full reindex follows, in the same transaction). */
  void clear();

  /** Number of entries. */
  long size();

  /** Entries searches see now: the engine that runs them follows the entries a moment behind. */
  long searchable();
}
