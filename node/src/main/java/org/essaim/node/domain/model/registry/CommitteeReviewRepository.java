// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.registry;

import java.util.List;
import java.util.Optional;

/** The committees' decisions. */
public interface CommitteeReviewRepository {

  Optional<CommitteeReview> find(long id);

  /** A territory's reviews, newest committee first. */
  List<CommitteeReview> byTerritory(long territoryId);

  /** Stores a review; its id is known on return. */
  void add(CommitteeReview review);
}
