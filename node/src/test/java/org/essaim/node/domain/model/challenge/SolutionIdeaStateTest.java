// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.essaim.node.domain.shared.IllegalTransitionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SolutionIdeaStateTest {

  @ParameterizedTest
  @CsvSource({
    "PROPOSED, SHORTLISTED",
    "SHORTLISTED, SELECTED",
    "SELECTED, BECAME_PROJECT",
    "PROPOSED, DROPPED",
    "SHORTLISTED, DROPPED",
    "SELECTED, DROPPED"
  })
  void allowedTransitions(SolutionIdeaState from, SolutionIdeaState to) {
    assertThat(from.requireTransitionTo(to)).isEqualTo(to);
  }

  @Test
  void nothingElseIsAllowed() {
    int allowed = 0;
    for (SolutionIdeaState from : SolutionIdeaState.values()) {
      for (SolutionIdeaState to : SolutionIdeaState.values()) {
        if (from.canMoveTo(to)) {
          allowed++;
        } else {
          assertThatThrownBy(() -> from.requireTransitionTo(to))
              .isInstanceOf(IllegalTransitionException.class);
        }
      }
    }
    assertThat(allowed).isEqualTo(6);
  }

  @Test
  void thePublicReadsOnlyKeptIdeas() {
    assertThat(SolutionIdeaState.PROPOSED.publiclyVisible()).isFalse();
    assertThat(SolutionIdeaState.DROPPED.publiclyVisible()).isFalse();
    assertThat(SolutionIdeaState.SHORTLISTED.publiclyVisible()).isTrue();
    assertThat(SolutionIdeaState.BECAME_PROJECT.publiclyVisible()).isTrue();
  }
}
