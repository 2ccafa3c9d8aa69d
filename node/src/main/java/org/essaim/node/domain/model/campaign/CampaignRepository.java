// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.campaign;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where campaigns are kept. */
public interface CampaignRepository {

  Optional<Campaign> find(long id);

  /** Campaigns in any of these states, newest start first, one page of them. */
  List<Campaign> list(Set<CampaignState> states, int offset, int limit);

  long count(Set<CampaignState> states);

  void add(Campaign campaign);

  /** Writes pending changes now, so the id and version read afterwards are the stored ones. */
  void flush();
}
