// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.dream;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.essaim.node.application.DreamView;

/** A dream as the team moderates it, personal fields included. Never served to the public. */
@Schema(name = "Dream", description = "A dream with its personal fields, for the team only.")
public record DreamDocument(
    @Schema(examples = "12") long id,
    @Schema(examples = "1") long campaignId,
    @Schema(examples = "Un rêve partagé : une épicerie solidaire au cœur du village.") String text,
    @Schema(examples = "[\"food.access\"]") List<String> themes,
    CommuneDocument commune,
    @Schema(examples = "INHABITANT") String contributorType,
    @Schema(examples = "26_64") String ageBand,
    @Schema(description = "Personal data", examples = "camille@example.org") String contactEmail,
    @Schema(description = "Personal data", examples = "+33 6 12 34 56 78") String contactPhone,
    @Schema(description = "When the contributor consented to be contacted")
        Instant contactConsentAt,
    @Schema(
            description = "SUBMITTED, PUBLISHED, REJECTED, MERGED, CLUSTERED or ARCHIVED",
            examples = "SUBMITTED")
        String state,
    @Schema(description = "When MERGED: the dream it duplicates") Long mergedInto,
    @Schema(description = "Increases with every change; also the ETag") long version,
    Instant submittedAt,
    Instant updatedAt) {

  static DreamDocument of(DreamView view) {
    return new DreamDocument(
        view.id(),
        view.campaignId(),
        view.text(),
        view.themes(),
        view.commune().map(CommuneDocument::of).orElse(null),
        view.contributorType().name(),
        view.ageBand().map(b -> b.code()).orElse(null),
        view.contactEmail().orElse(null),
        view.contactPhone().orElse(null),
        view.contactConsentAt().orElse(null),
        view.state().name(),
        view.mergedIntoId().orElse(null),
        view.version(),
        view.submittedAt(),
        view.updatedAt());
  }
}
