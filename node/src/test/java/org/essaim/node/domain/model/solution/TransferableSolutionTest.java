// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.solution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.essaim.node.domain.shared.DomainRuleViolation;
import org.essaim.node.domain.shared.IllegalTransitionException;
import org.essaim.node.domain.shared.Visibility;
import org.junit.jupiter.api.Test;

class TransferableSolutionTest {

  private static final Instant NOW = Instant.parse("2024-06-01T10:00:00Z");

  @Test
  void aNewSolutionIsADraftSharedWithTheNetwork() {
    TransferableSolution solution =
        new TransferableSolution(7, description("Lance-toi !"), Visibility.NETWORK, NOW);
    assertThat(solution.status()).isEqualTo(SolutionStatus.DRAFT);
    assertThat(solution.visibility()).isEqualTo(Visibility.NETWORK);
    assertThat(solution.projectId()).isEqualTo(7);
    assertThat(solution.acceptsReplications()).isFalse();
    TransferableSolutionDescription stored = solution.description();
    assertThat(stored.keySuccessFactors())
        .containsExactly("Le format court, itinérant", "La complémentarité des structures");
    assertThat(stored.watchPoints()).containsExactly("Le distanciel freine les échanges");
    assertThat(stored.costs().minEur()).isEqualByComparingTo("10000");
  }

  @Test
  void itIsPublishedWithdrawnAndPublishedAgainButNeverBackToDraft() {
    TransferableSolution solution =
        new TransferableSolution(7, description("Kit"), Visibility.NETWORK, NOW);
    assertThatThrownBy(() -> solution.moveTo(SolutionStatus.WITHDRAWN, NOW))
        .isInstanceOf(IllegalTransitionException.class);
    solution.moveTo(SolutionStatus.PUBLISHED, NOW);
    assertThat(solution.acceptsReplications()).isTrue();
    solution.moveTo(SolutionStatus.WITHDRAWN, NOW);
    assertThat(solution.acceptsReplications()).isFalse();
    assertThatThrownBy(() -> solution.moveTo(SolutionStatus.DRAFT, NOW))
        .isInstanceOf(IllegalTransitionException.class);
    solution.moveTo(SolutionStatus.PUBLISHED, NOW);
    assertThat(solution.status()).isEqualTo(SolutionStatus.PUBLISHED);
  }

  @Test
  void theTitleDefaultsToTheProjectsAndIsRequiredOnceStored() {
    TransferableSolutionDescription untitled = description(" ");
    assertThat(untitled.title()).isNull();
    assertThat(untitled.titledIfUntitled("Écopôles alimentaires").title())
        .isEqualTo("Écopôles alimentaires");
    assertThat(description("Mine").titledIfUntitled("Project").title()).isEqualTo("Mine");
    assertThatThrownBy(() -> new TransferableSolution(7, untitled, Visibility.NETWORK, NOW))
        .isInstanceOf(DomainRuleViolation.class)
        .hasFieldOrPropertyWithValue("field", "title");
  }

  @Test
  void listsDropBlanksAndAreBounded() {
    TransferableSolutionDescription d = withFactors(Arrays.asList("  Un  ", null, " ", "Deux"));
    assertThat(d.keySuccessFactors()).containsExactly("Un", "Deux");
    assertThatThrownBy(() -> withFactors(Collections.nCopies(31, "x")))
        .isInstanceOf(DomainRuleViolation.class)
        .hasFieldOrPropertyWithValue("field", "keySuccessFactors");
    assertThatThrownBy(() -> withFactors(List.of("ok", "y".repeat(1001))))
        .hasFieldOrPropertyWithValue("field", "keySuccessFactors[1]");
  }

  @Test
  void theModeAndTheContactOrganisationAreRequired() {
    assertThatThrownBy(
            () ->
                new TransferableSolutionDescription(
                    "T", null, null, null, null, null, null, null, null, 3L, null))
        .hasFieldOrPropertyWithValue("field", "transferMode");
    assertThatThrownBy(
            () ->
                new TransferableSolutionDescription(
                    "T",
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    TransferMode.ANTENNA,
                    null,
                    null,
                    null))
        .hasFieldOrPropertyWithValue("field", "contactOrganizationId");
  }

  @Test
  void costsAreARangeOfEuros() {
    assertThat(new CostRange(null, new BigDecimal("500"), null).maxEur())
        .isEqualByComparingTo("500");
    assertThatThrownBy(() -> new CostRange(new BigDecimal("12000"), new BigDecimal("10000"), null))
        .hasFieldOrPropertyWithValue("field", "costs.maxEur");
    assertThatThrownBy(() -> new CostRange(new BigDecimal("-1"), null, null))
        .hasFieldOrPropertyWithValue("field", "costs.minEur");
    assertThatThrownBy(() -> new CostRange(new BigDecimal("1e13"), null, null))
        .hasFieldOrPropertyWithValue("field", "costs.minEur");
    assertThat(new CostRange(null, null, " ").isEmpty()).isTrue();
    TransferableSolutionDescription noCosts =
        new TransferableSolutionDescription(
            "T",
            null,
            null,
            null,
            null,
            null,
            null,
            TransferMode.OPEN_METHOD,
            new CostRange(null, null, null),
            3L,
            null);
    assertThat(noCosts.costs()).isNull();
  }

  private static TransferableSolutionDescription withFactors(List<String> factors) {
    return new TransferableSolutionDescription(
        "T", null, null, null, null, factors, null, TransferMode.OPEN_METHOD, null, 3L, null);
  }

  static TransferableSolutionDescription description(String title) {
    return new TransferableSolutionDescription(
        title,
        "Pas d'accompagnement ESS en zone rurale",
        List.of("employment-inclusion", "employment-inclusion", " local-economy "),
        "Binôme incubateur régional et structure locale",
        "Une structure locale ancrée",
        List.of("Le format court, itinérant", "La complémentarité des structures"),
        List.of("Le distanciel freine les échanges"),
        TransferMode.ACCOMPANIED_TRANSFER,
        new CostRange(new BigDecimal("10000"), new BigDecimal("12000"), "par cycle"),
        3L,
        null);
  }
}
