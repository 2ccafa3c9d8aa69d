// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.dream;

import java.util.List;
import java.util.Optional;

/** Where dreams are kept. */
public interface DreamRepository {

  Optional<Dream> find(long id);

  /** One page of the dreams matching the search, in its order. */
  List<Dream> search(DreamSearch search, int offset, int limit);

  long count(DreamSearch search);

  void add(Dream dream);

  /** Writes pending changes now, so the id and version read afterwards are the stored ones. */
  void flush();
}
