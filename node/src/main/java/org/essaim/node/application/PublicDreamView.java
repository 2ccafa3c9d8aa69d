// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.essaim.node.domain.model.dream.Commune;
import org.essaim.node.domain.model.dream.ContributorType;
import org.essaim.node.domain.model.dream.Dream;
import org.essaim.node.domain.model.dream.DreamState;

/**
 * What the public may read of a published dream. It has no field for personal data (contact,
 * consent, age band) and only the day of submission, so nothing personal can leak through it by
 * mistake: privacy by construction, not by filtering.
 */
public record PublicDreamView(
    long id,
    long campaignId,
    String text,
    List<String> themes,
    Optional<Commune> commune,
    ContributorType contributorType,
    DreamState state,
    LocalDate submittedOn) {

  static PublicDreamView of(Dream dream) {
    if (!dream.state().publiclyVisible()) {
      throw new IllegalStateException("dream " + dream.id() + " is not public");
    }
    return new PublicDreamView(
        dream.id(),
        dream.campaignId(),
        dream.text(),
        dream.themes(),
        dream.commune(),
        dream.contributorType(),
        dream.state(),
        dream.submittedAt().atOffset(ZoneOffset.UTC).toLocalDate());
  }
}
