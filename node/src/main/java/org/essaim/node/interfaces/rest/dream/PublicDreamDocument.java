// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.dream;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.essaim.node.application.PublicDreamView;

/** A published dream as the public reads it: no personal field exists in this document. */
@Schema(name = "PublicDream", description = "A published dream, without any personal data.")
public record PublicDreamDocument(
    @Schema(examples = "12") long id,
    @Schema(examples = "1") long campaignId,
    @Schema(examples = "Un rêve partagé : une épicerie solidaire au cœur du village.") String text,
    @Schema(examples = "[\"food.access\"]") List<String> themes,
    CommuneDocument commune,
    @Schema(examples = "INHABITANT") String contributorType,
    @Schema(description = "PUBLISHED or CLUSTERED", examples = "PUBLISHED") String state,
    @Schema(examples = "2024-06-08") LocalDate submittedOn) {

  static PublicDreamDocument of(PublicDreamView view) {
    return new PublicDreamDocument(
        view.id(),
        view.campaignId(),
        view.text(),
        view.themes(),
        view.commune().map(CommuneDocument::of).orElse(null),
        view.contributorType().name(),
        view.state().name(),
        view.submittedOn());
  }
}
