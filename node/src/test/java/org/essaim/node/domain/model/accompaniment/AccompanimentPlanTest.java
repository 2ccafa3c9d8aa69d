// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.accompaniment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.essaim.node.domain.shared.DomainRuleViolation;
import org.junit.jupiter.api.Test;

class AccompanimentPlanTest {

  private static final LocalDate START = LocalDate.parse("2024-11-07");
  private static final LocalDate END = LocalDate.parse("2025-06-30");

  @Test
  void anAccompanimentThatContinuesInAnotherProgramme() {
    Milestone roadmap = new Milestone("milestones[0]", MilestoneKind.ROADMAP, END, START);
    AccompanimentPlan plan =
        new AccompanimentPlan(
            " Idéateur TAg35 ",
            ProgrammeFormat.PREINCUBATION,
            4L,
            START,
            END,
            List.of(roadmap),
            AccompanimentOutcome.CONTINUES_IN,
            " Incubateur ID Cube ",
            "  ");
    assertThat(plan.programmeName()).isEqualTo("Idéateur TAg35");
    assertThat(plan.continuesIn()).isEqualTo("Incubateur ID Cube");
    assertThat(plan.notes()).isNull();
    Accompaniment accompaniment = new Accompaniment(12, plan, Instant.EPOCH);
    assertThat(accompaniment.currentPlan()).isEqualTo(plan);
    assertThat(roadmap.done()).isTrue();
  }

  @Test
  void anOutcomeNeedsAnEndDateAndOnlyContinuesInNamesTheNextProgramme() {
    assertThat(field(() -> plan(null, AccompanimentOutcome.LAUNCHED, null))).isEqualTo("endDate");
    assertThat(field(() -> plan(END, AccompanimentOutcome.CONTINUES_IN, null)))
        .isEqualTo("continuesIn");
    assertThat(field(() -> plan(END, AccompanimentOutcome.ABANDONED, "Incubateur")))
        .isEqualTo("continuesIn");
    assertThat(field(() -> plan(START.minusDays(1), null, null))).isEqualTo("endDate");
    assertThat(plan(null, null, null).outcome()).isNull();
  }

  @Test
  void requiredFieldsAreNamed() {
    assertThat(
            field(
                () ->
                    new AccompanimentPlan(
                        " ", ProgrammeFormat.CAE, null, START, null, null, null, null, null)))
        .isEqualTo("programmeName");
    assertThat(
            field(
                () ->
                    new AccompanimentPlan("CAE", null, null, START, null, null, null, null, null)))
        .isEqualTo("format");
    assertThat(
            field(
                () ->
                    new AccompanimentPlan(
                        "CAE", ProgrammeFormat.CAE, null, null, null, null, null, null, null)))
        .isEqualTo("startDate");
    assertThat(field(() -> new Milestone("milestones[2]", null, null, null)))
        .isEqualTo("milestones[2].kind");
  }

  private static AccompanimentPlan plan(
      LocalDate end, AccompanimentOutcome outcome, String continuesIn) {
    return new AccompanimentPlan(
        "Premiers pas",
        ProgrammeFormat.PREMIERS_PAS,
        null,
        START,
        end,
        List.of(),
        outcome,
        continuesIn,
        null);
  }

  private static String field(Runnable build) {
    try {
      build.run();
    } catch (DomainRuleViolation e) {
      return e.field();
    }
    throw new AssertionError("no DomainRuleViolation");
  }
}
