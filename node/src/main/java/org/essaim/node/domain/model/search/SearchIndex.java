// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.search;

import java.net.URI;
import java.util.Optional;

/** The search index, in the node's database. Called inside the transaction of the change. */
public interface SearchIndex {

  /** Adds the entry or replaces the one with the same object URI. */
  void put(SearchEntry entry);

  /** Removes the entry of this object, if any. */
  void remove(URI objectUri);

  /** The entry of this object, if indexed. */
  Optional<SearchEntry> find(URI objectUri);

  /** Runs a search. */
  SearchResults search(SearchQuery query);

  /** Removes every entry (a full reindex follows, in the same transaction). */
  void clear();

  /** Number of entries. */
  long size();
}
