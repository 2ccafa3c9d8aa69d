// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.essaim.node.domain.shared.IllegalTransitionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChallengeStateTest {

  @ParameterizedTest
  @CsvSource({
    "DRAFT, SELECTED_FOR_EVENING",
    "SELECTED_FOR_EVENING, WORKED_AT_EVENING",
    "WORKED_AT_EVENING, SEEKING_CARRIER",
    "SEEKING_CARRIER, IN_DEPLOYMENT",
    "IN_DEPLOYMENT, RESOLVED",
    "DRAFT, ABANDONED",
    "SEEKING_CARRIER, ABANDONED",
    "DRAFT, MERGED",
    "IN_DEPLOYMENT, MERGED"
  })
  void allowedTransitions(ChallengeState from, ChallengeState to) {
    assertThat(from.requireTransitionTo(to)).isEqualTo(to);
  }

  @Test
  void nothingElseIsAllowed() {
    int allowed = 0;
    for (ChallengeState from : ChallengeState.values()) {
      for (ChallengeState to : ChallengeState.values()) {
        if (from.canMoveTo(to)) {
          allowed++;
        } else {
          assertThatThrownBy(() -> from.requireTransitionTo(to))
              .isInstanceOf(IllegalTransitionException.class)
              .hasMessageContaining("cannot move from " + from + " to " + to);
        }
      }
    }
    // Five steps forward, and ABANDONED or MERGED from each of the five open states.
    assertThat(allowed).isEqualTo(5 + 2 * 5);
  }

  @Test
  void outcomesAreFinalAndDraftsArePrivate() {
    assertThat(ChallengeState.RESOLVED.isFinal()).isTrue();
    assertThat(ChallengeState.ABANDONED.isFinal()).isTrue();
    assertThat(ChallengeState.MERGED.isFinal()).isTrue();
    assertThat(ChallengeState.DRAFT.publiclyVisible()).isFalse();
    assertThat(ChallengeState.SELECTED_FOR_EVENING.publiclyVisible()).isTrue();
  }

  @Test
  void skippingTheSoireeIsRefusedWithTheAllowedMoves() {
    assertThatThrownBy(() -> ChallengeState.DRAFT.requireTransitionTo(ChallengeState.RESOLVED))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("allowed transitions are to SELECTED_FOR_EVENING, ABANDONED, MERGED");
  }
}
