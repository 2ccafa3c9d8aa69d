// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.introduction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.essaim.node.domain.shared.DomainRuleViolation;
import org.essaim.node.domain.shared.IllegalTransitionException;
import org.junit.jupiter.api.Test;

class IntroductionTest {

  static final Instant NOW = Instant.parse("2025-03-03T10:00:00Z");
  static final URI OURS = URI.create("https://lons.example/objects/projects/3");
  static final URI THEIRS = URI.create("https://vierzon.example/objects/projects/12");

  static Introduction proposal(List<String> basis, List<String> themes, String message) {
    return new Introduction(
        IntroductionDirection.RECEIVED,
        URI.create("https://vierzon.example/activities/1"),
        URI.create("https://vierzon.example/actors/territory"),
        "Vierzon",
        3,
        OURS,
        THEIRS,
        "Épicerie",
        basis,
        themes,
        message,
        null,
        NOW);
  }

  @Test
  void aProposalIsAcceptedOrRejectedOnceThenAnAcceptedLinkMayBeWithdrawn() {
    Introduction accepted = proposal(List.of("SAME_THEME"), List.of("food.access"), null);
    assertThat(accepted.state()).isEqualTo(IntroductionState.PROPOSED);
    accepted.accept("admin", NOW);
    assertThat(accepted.state()).isEqualTo(IntroductionState.ACCEPTED);
    assertThat(accepted.decidedBy()).contains("admin");
    assertThatThrownBy(() -> accepted.reject("admin", NOW))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("from ACCEPTED the allowed transitions are to WITHDRAWN");
    accepted.withdraw(null, NOW);
    assertThat(accepted.state()).isEqualTo(IntroductionState.WITHDRAWN);
    assertThat(accepted.withdrawnAt()).contains(NOW);
    assertThatThrownBy(() -> accepted.withdraw("admin", NOW))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("final");

    Introduction rejected = proposal(null, null, null);
    rejected.reject(null, NOW);
    assertThatThrownBy(() -> rejected.accept("admin", NOW))
        .isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> rejected.withdraw("admin", NOW))
        .isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void liveStatesAreTheOnesThatHoldThePair() {
    assertThat(IntroductionState.PROPOSED.isLive()).isTrue();
    assertThat(IntroductionState.ACCEPTED.isLive()).isTrue();
    assertThat(IntroductionState.REJECTED.isLive()).isFalse();
    assertThat(IntroductionState.WITHDRAWN.isLive()).isFalse();
  }

  @Test
  void codesAndMessageAreBounded() {
    Introduction kept = proposal(List.of("SAME_THEME", "DECLARED"), List.of("a", "b.c"), "Salut");
    assertThat(kept.basis()).containsExactly("SAME_THEME", "DECLARED");
    assertThat(kept.sharedThemes()).containsExactly("a", "b.c");
    assertThat(proposal(null, List.of(), null).basis()).isEmpty();
    assertThatThrownBy(() -> proposal(List.of("BECAUSE"), null, null))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessageContaining("BECAUSE");
    assertThatThrownBy(() -> proposal(null, Collections.nCopies(21, "food"), null))
        .isInstanceOf(DomainRuleViolation.class);
    assertThatThrownBy(() -> proposal(null, null, "x".repeat(Introduction.MAX_MESSAGE + 1)))
        .isInstanceOf(DomainRuleViolation.class);
  }

  @Test
  void aProjectIsNotIntroducedToItself() {
    assertThatThrownBy(
            () ->
                new Introduction(
                    IntroductionDirection.SENT,
                    URI.create("https://lons.example/activities/1"),
                    URI.create("https://vierzon.example/actors/territory"),
                    null,
                    3,
                    OURS,
                    OURS,
                    null,
                    null,
                    null,
                    null,
                    "anna",
                    NOW))
        .isInstanceOf(DomainRuleViolation.class);
  }
}
