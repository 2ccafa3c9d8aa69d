// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.essaim.node.application.registry.CommitteeReviewView;

/**
 * A committee decision (administrators only: its notes and comments are private). {@code id},
 * {@code createdAt} and {@code createdBy} are ignored on input.
 */
@Schema(name = "CommitteeReview", description = "An eligibility or labelling committee decision")
public record ReviewDocument(
    Long id,
    @Schema(description = "ELIGIBILITY or LABELLING", example = "LABELLING") String kind,
    @Schema(example = "2024-04-15") LocalDate committeeDate,
    @Schema(description = "Every criterion of the committee, once")
        List<CriterionDocument> criteria,
    @Schema(
            description =
                "ELIGIBLE, NOT_YET, DEFERRED (eligibility); LABELLED, NEEDS_MORE_TIME (labelling)",
            example = "LABELLED")
        String decision,
    @Schema(description = "Private deliberation notes, never published") String deliberationNotes,
    @Schema(description = "For ELIGIBLE: the promo the territory joins", example = "2")
        Long promoId,
    Instant createdAt,
    @Schema(example = "admin") String createdBy) {

  /** One line of the checklist. */
  @Schema(name = "CriterionAssessment")
  public record CriterionDocument(
      @Schema(
              description =
                  "CORE_TEAM_DIVERSE, SHARED_DREAM, LOCAL_RESOURCES (eligibility);"
                      + " CORE_TEAM_TRAINED, VISION_AND_CALENDAR, RESOURCES_MOBILISED,"
                      + " ECONOMIC_MODEL_AND_SUPPORT (labelling)",
              example = "VISION_AND_CALENDAR")
          String criterion,
      @Schema(example = "true") Boolean met,
      @Schema(description = "Private comment") String comment) {}

  static ReviewDocument of(CommitteeReviewView view) {
    return new ReviewDocument(
        view.id(),
        view.kind().name(),
        view.committeeDate(),
        view.criteria().stream()
            .map(
                c -> new CriterionDocument(c.criterion().name(), c.met(), c.comment().orElse(null)))
            .toList(),
        view.decision().name(),
        view.deliberationNotes(),
        null,
        view.createdAt(),
        view.createdBy());
  }
}
