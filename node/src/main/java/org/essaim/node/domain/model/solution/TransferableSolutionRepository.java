// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.solution;

import java.util.List;
import java.util.Optional;

/** Where transferable solutions are kept. */
public interface TransferableSolutionRepository {

  Optional<TransferableSolution> find(long id);

  /** Whether a solution derives from this project. */
  boolean anyDerivesFrom(long projectId);

  /** Whether a solution names this organisation as its contact. */
  boolean anyContacts(long organizationId);

  List<TransferableSolution> search(TransferableSolutionSearch search, int offset, int limit);

  long count(TransferableSolutionSearch search);

  /** Adds it; a race with another solution of the same project is reported as a conflict. */
  void add(TransferableSolution solution);

  void remove(TransferableSolution solution);

  void flush();
}
