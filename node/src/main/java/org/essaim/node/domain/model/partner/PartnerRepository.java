// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.partner;

import java.util.List;
import java.util.Optional;

/** Where partners are kept. */
public interface PartnerRepository {

  Optional<Partner> find(long id);

  Optional<Partner> findByOrganization(long organizationId);

  /**
   * Partners by organisation name.
   *
   * @param inCircle only members (true) or non-members (false) of the circle, if given
   * @param publicOnly only partners whose organisation the public may read
   */
  List<Partner> list(Boolean inCircle, boolean publicOnly, int offset, int limit);

  long count(Boolean inCircle, boolean publicOnly);

  void add(Partner partner);

  void remove(Partner partner);

  void flush();
}
