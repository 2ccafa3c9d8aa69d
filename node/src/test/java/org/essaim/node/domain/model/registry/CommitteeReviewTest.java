// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.essaim.node.domain.shared.DomainRuleViolation;
import org.junit.jupiter.api.Test;

class CommitteeReviewTest {

  static final LocalDate APRIL_15 = LocalDate.of(2024, 4, 15);
  static final Instant NOW = Instant.parse("2024-04-15T18:00:00Z");

  static List<CriterionAssessment> checklist(CommitteeKind kind, boolean allMet) {
    List<CriterionAssessment> lines = new ArrayList<>();
    int i = 0;
    for (Criterion c : kind.criteria()) {
      lines.add(new CriterionAssessment("criteria[" + i + "]", c, allMet || i > 0, null));
      i++;
    }
    return lines;
  }

  static CommitteeReview review(
      CommitteeKind kind, List<CriterionAssessment> criteria, CommitteeDecision decision) {
    return new CommitteeReview(
        1, kind, APRIL_15, criteria, decision, "  Équipe solide.  ", "admin", NOW);
  }

  @Test
  void theChecklistsAreTheSeedsCriteria() {
    assertThat(CommitteeKind.ELIGIBILITY.criteria())
        .containsExactly(
            Criterion.CORE_TEAM_DIVERSE, Criterion.SHARED_DREAM, Criterion.LOCAL_RESOURCES);
    assertThat(CommitteeKind.LABELLING.criteria()).hasSize(4);
    assertThat(CommitteeKind.ELIGIBILITY.reviews()).isEqualTo(LabelStatus.CANDIDATE);
    assertThat(CommitteeKind.LABELLING.reviews()).isEqualTo(LabelStatus.READY_FOR_LABEL);
  }

  @Test
  void decisionsMoveAlongThePath() {
    assertThat(CommitteeDecision.ELIGIBLE.moves()).contains(LabelStatus.IN_PROMO);
    assertThat(CommitteeDecision.NOT_YET.moves()).isEmpty();
    assertThat(CommitteeDecision.DEFERRED.moves()).contains(LabelStatus.DEFERRED);
    assertThat(CommitteeDecision.LABELLED.moves()).contains(LabelStatus.LABELLED);
    assertThat(CommitteeDecision.NEEDS_MORE_TIME.moves()).contains(LabelStatus.NEEDS_MORE_TIME);
    for (CommitteeDecision d : CommitteeDecision.values()) {
      d.moves()
          .ifPresent(
              s ->
                  assertThat(d.committee().reviews().canMoveTo(s))
                      .as(d + " is a legal move from " + d.committee().reviews())
                      .isTrue());
    }
  }

  @Test
  void recordsACompleteLabellingDecision() {
    CommitteeReview review =
        review(
            CommitteeKind.LABELLING,
            checklist(CommitteeKind.LABELLING, true),
            CommitteeDecision.LABELLED);
    assertThat(review.criteria()).hasSize(4);
    assertThat(review.deliberationNotes()).contains("Équipe solide.");
  }

  @Test
  void aPositiveDecisionNeedsEveryCriterionMet() {
    assertRule(
        () ->
            review(
                CommitteeKind.LABELLING,
                checklist(CommitteeKind.LABELLING, false),
                CommitteeDecision.LABELLED),
        "decision");
    assertThat(
            review(
                    CommitteeKind.LABELLING,
                    checklist(CommitteeKind.LABELLING, false),
                    CommitteeDecision.NEEDS_MORE_TIME)
                .decision())
        .isEqualTo(CommitteeDecision.NEEDS_MORE_TIME);
  }

  @Test
  void theDecisionMustBeTheCommittees() {
    assertRule(
        () ->
            review(
                CommitteeKind.ELIGIBILITY,
                checklist(CommitteeKind.ELIGIBILITY, true),
                CommitteeDecision.LABELLED),
        "decision");
  }

  @Test
  void theChecklistHasEachOfItsCriteriaOnce() {
    List<CriterionAssessment> missing = checklist(CommitteeKind.ELIGIBILITY, true).subList(0, 2);
    assertRule(
        () -> review(CommitteeKind.ELIGIBILITY, missing, CommitteeDecision.NOT_YET), "criteria");
    List<CriterionAssessment> twice = new ArrayList<>(checklist(CommitteeKind.ELIGIBILITY, true));
    twice.add(new CriterionAssessment("criteria[3]", Criterion.SHARED_DREAM, true, null));
    assertRule(
        () -> review(CommitteeKind.ELIGIBILITY, twice, CommitteeDecision.NOT_YET),
        "criteria[3].criterion");
    List<CriterionAssessment> foreign = new ArrayList<>(checklist(CommitteeKind.ELIGIBILITY, true));
    foreign.set(
        0, new CriterionAssessment("criteria[0]", Criterion.VISION_AND_CALENDAR, true, null));
    assertRule(
        () -> review(CommitteeKind.ELIGIBILITY, foreign, CommitteeDecision.NOT_YET),
        "criteria[0].criterion");
  }

  private static void assertRule(Runnable construct, String field) {
    assertThatThrownBy(construct::run)
        .isInstanceOf(DomainRuleViolation.class)
        .extracting(e -> ((DomainRuleViolation) e).field())
        .isEqualTo(field);
  }
}
