// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.introduction;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/** Introductions, sent and received. */
public interface IntroductionRepository {

  Optional<Introduction> find(long id);

  /** The introduction made by this Offer, in this direction. */
  Optional<Introduction> findByOffer(IntroductionDirection direction, URI offerId);

  /** A PROPOSED or ACCEPTED introduction between these two projects, whoever proposed it. */
  Optional<Introduction> findLive(long projectId, URI remoteProject);

  void add(Introduction introduction);

  /**
   * Newest first.
   *
   * @param direction null for both
   * @param state null for all
   */
  List<Introduction> list(
      IntroductionDirection direction, IntroductionState state, int offset, int limit);

  long count(IntroductionDirection direction, IntroductionState state);

  /** The ACCEPTED introductions of one of this territory's projects, oldest first. */
  List<Introduction> links(long projectId);
}
