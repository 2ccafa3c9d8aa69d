// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.visibility;

import java.util.List;
import java.util.Optional;

/** Where the administrator's visibility defaults are kept. */
public interface VisibilityDefaultRepository {

  Optional<VisibilityDefault> find(ShareableKind kind);

  List<VisibilityDefault> all();

  void add(VisibilityDefault choice);

  void flush();
}
