// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.challenge;

import java.util.List;
import java.util.Optional;

/** Where défis are kept. */
public interface ChallengeRepository {

  Optional<Challenge> find(long id);

  /** One page of the défis matching the search, in its order. */
  List<Challenge> search(ChallengeSearch search, int offset, int limit);

  long count(ChallengeSearch search);

  void add(Challenge challenge);

  /** Writes pending changes now, so the id and version read afterwards are the stored ones. */
  void flush();
}
