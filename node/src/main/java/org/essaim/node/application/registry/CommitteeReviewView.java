// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.essaim.node.domain.model.registry.CommitteeDecision;
import org.essaim.node.domain.model.registry.CommitteeKind;
import org.essaim.node.domain.model.registry.CommitteeReview;
import org.essaim.node.domain.model.registry.CriterionAssessment;

/** A committee decision as the national team (only) sees it, private notes included. */
public record CommitteeReviewView(
    long id,
    long territoryId,
    CommitteeKind kind,
    LocalDate committeeDate,
    List<CriterionAssessment> criteria,
    CommitteeDecision decision,
    String deliberationNotes,
    Instant createdAt,
    String createdBy) {

  static CommitteeReviewView of(CommitteeReview review) {
    return new CommitteeReviewView(
        review.id(),
        review.territoryId(),
        review.kind(),
        review.committeeDate(),
        review.criteria(),
        review.decision(),
        review.deliberationNotes().orElse(null),
        review.createdAt(),
        review.createdBy());
  }
}
