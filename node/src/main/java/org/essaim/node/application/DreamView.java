// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.essaim.node.domain.model.dream.AgeBand;
import org.essaim.node.domain.model.dream.Commune;
import org.essaim.node.domain.model.dream.ContributorType;
import org.essaim.node.domain.model.dream.Dream;
import org.essaim.node.domain.model.dream.DreamState;

/**
 * Everything about a dream, personal fields included: for the team (editors, administrators) only.
 * The public gets a {@link PublicDreamView}.
 */
public record DreamView(
    long id,
    long campaignId,
    String text,
    List<String> themes,
    Optional<Commune> commune,
    ContributorType contributorType,
    Optional<AgeBand> ageBand,
    Optional<String> contactEmail,
    Optional<String> contactPhone,
    Optional<Instant> contactConsentAt,
    DreamState state,
    Optional<Long> mergedIntoId,
    long version,
    Instant submittedAt,
    Instant updatedAt) {

  static DreamView of(Dream dream) {
    return new DreamView(
        dream.id(),
        dream.campaignId(),
        dream.text(),
        dream.themes(),
        dream.commune(),
        dream.contributorType(),
        dream.ageBand(),
        dream.contactEmail(),
        dream.contactPhone(),
        dream.contactConsentAt(),
        dream.state(),
        dream.mergedIntoId(),
        dream.version(),
        dream.submittedAt(),
        dream.updatedAt());
  }
}
