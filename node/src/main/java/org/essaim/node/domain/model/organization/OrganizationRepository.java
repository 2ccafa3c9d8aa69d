// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.organization;

import java.util.List;
import java.util.Optional;

/** Where organisations are kept. */
public interface OrganizationRepository {

  Optional<Organization> find(long id);

  Optional<Organization> findBySiren(String siren);

  /** One page of the search, by name. */
  List<Organization> search(OrganizationSearch search, int offset, int limit);

  long count(OrganizationSearch search);

  /** Whether a partner, a project or a transferable solution refers to it. */
  boolean isReferenced(long id);

  void add(Organization organization);

  void remove(Organization organization);

  void flush();
}
