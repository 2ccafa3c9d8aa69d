// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.dream;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where dreams are kept. */
public interface DreamRepository {

  Optional<Dream> find(long id);

  /** One page of the dreams matching the search, in its order. */
  List<Dream> search(DreamSearch search, int offset, int limit);

  long count(DreamSearch search);

  /** The dreams with these ids, in no particular order; unknown ids are skipped. */
  List<Dream> findAll(Collection<Long> ids);

  /**
   * The dreams of a campaign that most resemble a text, best first: trigram similarity ({@code
   * pg_trgm}) plus French full-text rank, accents ignored. Dreams with no resemblance are left out.
   *
   * @param states only dreams in these states (never empty)
   * @param excluded ids to leave out (the dream itself, those already grouped…)
   */
  List<SimilarDream> similar(
      long campaignId, String text, Set<DreamState> states, Collection<Long> excluded, int limit);

  void add(Dream dream);

  /** Writes pending changes now, so the id and version read afterwards are the stored ones. */
  void flush();
}
