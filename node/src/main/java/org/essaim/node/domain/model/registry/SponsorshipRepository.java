// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.registry;

import java.util.List;
import java.util.Optional;

/** The sponsorships. */
public interface SponsorshipRepository {

  Optional<Sponsorship> find(long id);

  /** Every sponsorship, oldest first (a few dozen). */
  List<Sponsorship> all();

  /** Those a territory takes part in, either side. */
  List<Sponsorship> involving(long territoryId);

  void add(Sponsorship sponsorship);

  void remove(Sponsorship sponsorship);
}
