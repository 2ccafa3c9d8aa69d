// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.accompaniment;

import java.util.List;
import java.util.Optional;

/** Where accompaniments are kept. */
public interface AccompanimentRepository {

  Optional<Accompaniment> find(long projectId, long id);

  /**
   * One page of a project's accompaniments.
   *
   * @param newestFirst by start date, latest first; otherwise earliest first
   */
  List<Accompaniment> search(
      long projectId,
      Optional<ProgrammeFormat> format,
      Optional<AccompanimentOutcome> outcome,
      boolean newestFirst,
      int offset,
      int limit);

  long count(
      long projectId, Optional<ProgrammeFormat> format, Optional<AccompanimentOutcome> outcome);

  void add(Accompaniment accompaniment);

  void remove(Accompaniment accompaniment);

  void flush();
}
