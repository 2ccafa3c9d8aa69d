// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.registry;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/** The registry's territory entries. */
public interface TerritoryEntryRepository {

  Optional<TerritoryEntry> find(long id);

  Optional<TerritoryEntry> findByActor(URI actor);

  /**
   * Entries by filters (each null for any), ordered by name.
   *
   * @param statuses the label statuses to list, or null for all
   */
  List<TerritoryEntry> list(
      java.util.Set<LabelStatus> statuses, String region, String country, int offset, int limit);

  long count(java.util.Set<LabelStatus> statuses, String region, String country);

  void add(TerritoryEntry entry);

  void remove(TerritoryEntry entry);

  /** Writes pending changes; a second entry for the same actor is a conflict. */
  void flush();
}
