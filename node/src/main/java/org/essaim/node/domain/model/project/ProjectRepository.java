// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.project;

import java.util.List;
import java.util.Optional;

/** Where projects are kept. */
public interface ProjectRepository {

  Optional<Project> find(long id);

  List<Project> search(ProjectSearch search, int offset, int limit);

  long count(ProjectSearch search);

  void add(Project project);

  void remove(Project project);

  void flush();
}
