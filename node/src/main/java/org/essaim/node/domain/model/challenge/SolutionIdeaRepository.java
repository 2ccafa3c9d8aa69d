// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.challenge;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where solution ideas are kept. */
public interface SolutionIdeaRepository {

  Optional<SolutionIdea> find(long id);

  /** The défi's ideas in these states, oldest first, one page of them. */
  List<SolutionIdea> list(long challengeId, Set<SolutionIdeaState> states, int offset, int limit);

  long count(long challengeId, Set<SolutionIdeaState> states);

  /** Whether an idea became this project (the project must then stay). */
  boolean anyBecame(long projectId);

  void add(SolutionIdea idea);

  void flush();
}
