// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.essaim.node.domain.shared.DomainRuleViolation;
import org.essaim.node.domain.shared.IllegalTransitionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CampaignStateTest {

  private static final Instant NOW = Instant.parse("2024-06-01T08:00:00Z");

  @ParameterizedTest
  @CsvSource({
    "PLANNED, COLLECTING_DREAMS",
    "COLLECTING_DREAMS, CHALLENGES_DRAFTED",
    "CHALLENGES_DRAFTED, IDEATION_DONE",
    "IDEATION_DONE, SELECTION",
    "SELECTION, SUPPORT",
    "SUPPORT, CLOSED"
  })
  void everyStepLeadsToTheNext(CampaignState from, CampaignState to) {
    assertThat(from.canMoveTo(to)).isTrue();
    assertThat(from.next()).containsExactly(to);
    assertThat(from.requireTransitionTo(to)).isEqualTo(to);
  }

  @ParameterizedTest
  @CsvSource({
    "PLANNED, CHALLENGES_DRAFTED", // skipping a step
    "PLANNED, CLOSED",
    "COLLECTING_DREAMS, PLANNED", // backwards
    "SUPPORT, SELECTION",
    "SELECTION, SELECTION", // standing still is not a transition
    "CLOSED, PLANNED"
  })
  void refusesEverythingElseAndSaysWhatIsAllowed(CampaignState from, CampaignState to) {
    assertThat(from.canMoveTo(to)).isFalse();
    assertThatThrownBy(() -> from.requireTransitionTo(to))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("from " + from + " to " + to);
  }

  @Test
  void explanationNamesTheAllowedTransitions() {
    assertThatThrownBy(() -> CampaignState.PLANNED.requireTransitionTo(CampaignState.SUPPORT))
        .hasMessageContaining("allowed transitions are to COLLECTING_DREAMS");
    assertThatThrownBy(() -> CampaignState.CLOSED.requireTransitionTo(CampaignState.SUPPORT))
        .hasMessageContaining("CLOSED is final");
  }

  @Test
  void onlyClosedIsFinalAndOnlyPlannedIsHidden() {
    for (CampaignState state : CampaignState.values()) {
      assertThat(state.isFinal()).isEqualTo(state == CampaignState.CLOSED);
      assertThat(state.publiclyVisible()).isEqualTo(state != CampaignState.PLANNED);
    }
  }

  @Test
  void campaignStartsPlannedAndAcceptsDreamsOnlyWhileCollecting() {
    Campaign campaign = new Campaign(crepite(), NOW);
    assertThat(campaign.state()).isEqualTo(CampaignState.PLANNED);
    assertThat(campaign.acceptsDreams()).isFalse();
    campaign.moveTo(CampaignState.COLLECTING_DREAMS, NOW);
    assertThat(campaign.acceptsDreams()).isTrue();
    campaign.moveTo(CampaignState.CHALLENGES_DRAFTED, NOW);
    assertThat(campaign.acceptsDreams()).isFalse();
    assertThatThrownBy(() -> campaign.moveTo(CampaignState.COLLECTING_DREAMS, NOW))
        .isInstanceOf(IllegalTransitionException.class);
    assertThat(campaign.state()).isEqualTo(CampaignState.CHALLENGES_DRAFTED);
  }

  @Test
  void descriptionRules() {
    assertThatThrownBy(
            () -> new CampaignDescription(" ", "Crépîte", null, LocalDate.of(2024, 6, 1), null))
        .isInstanceOf(DomainRuleViolation.class)
        .extracting(e -> ((DomainRuleViolation) e).field())
        .isEqualTo("name");
    assertThatThrownBy(
            () ->
                new CampaignDescription(
                    "Crépîte 2024",
                    "Crépîte",
                    null,
                    LocalDate.of(2024, 6, 1),
                    LocalDate.of(2024, 5, 31)))
        .extracting(e -> ((DomainRuleViolation) e).field())
        .isEqualTo("endDate");
    assertThat(
            new CampaignDescription(
                    " Crépîte 2024 ", "Crépîte", " ", LocalDate.of(2024, 6, 1), null)
                .subTerritory())
        .isNull();
  }

  static CampaignDescription crepite() {
    return new CampaignDescription(
        "Crépîte 2024",
        "Crépîte",
        "Lons-le-Saunier",
        LocalDate.of(2024, 6, 1),
        LocalDate.of(2024, 12, 31));
  }
}
