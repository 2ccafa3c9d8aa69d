// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.search.engine;

import java.util.List;

/**
 * The changes of {@code search_document}, read by transaction id (a {@code xid8} as a long). A
 * follower that asks for the changes of transactions from {@code since} on, where {@code since} is
 * the {@link #horizon()} it read before its previous look, misses nothing: every transaction below
 * that horizon had ended when it looked.
 */
public interface SearchFeed {

  /** The oldest transaction still running (or the next one): read before the changes. */
  long horizon();

  /** The next transaction id to be assigned: a follower ahead of it follows another database. */
  long nextTransaction();

  /** Names this database: another after a restore into a new cluster or database. */
  String databaseIdentity();

  /**
   * Entries written by transactions from {@code since} on (all entries when {@code since} is 0),
   * ordered by transaction then id, after the cursor ({@code afterChange}, {@code afterId}); at
   * most {@code limit}. A first page asks after ({@code since}, 0).
   */
  List<EngineEntry> changed(long since, long afterChange, long afterId, int limit);

  /** Object URIs removed by transactions from {@code since} on and not indexed again since. */
  List<String> removed(long since);

  /**
   * The newest removal forgotten (-1 when none was): a follower whose horizon is not above it may
   * have missed removals and builds its index again.
   */
  long newestForgotten();

  /**
   * Forgets removals older than a week.
   *
   * @return removals forgotten
   */
  int forgetOldRemovals();
}
