// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.methodsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.essaim.node.domain.shared.IllegalTransitionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MethodSheetStateTest {

  @ParameterizedTest
  @CsvSource({
    "DRAFT, IN_REVIEW",
    "IN_REVIEW, PUBLISHED",
    "IN_REVIEW, DRAFT",
    "PUBLISHED, DEPRECATED",
    "PUBLISHED, IN_REVIEW",
    "PUBLISHED, DRAFT",
    "DEPRECATED, DRAFT"
  })
  void allowedTransitions(MethodSheetState from, MethodSheetState to) {
    assertThat(from.canMoveTo(to)).isTrue();
    assertThat(from.requireTransitionTo(to)).isEqualTo(to);
  }

  @ParameterizedTest
  @CsvSource({
    "DRAFT, DRAFT",
    "DRAFT, PUBLISHED",
    "DRAFT, DEPRECATED",
    "IN_REVIEW, IN_REVIEW",
    "IN_REVIEW, DEPRECATED",
    "PUBLISHED, PUBLISHED",
    "DEPRECATED, DEPRECATED",
    "DEPRECATED, IN_REVIEW",
    "DEPRECATED, PUBLISHED"
  })
  void refusedTransitions(MethodSheetState from, MethodSheetState to) {
    assertThat(from.canMoveTo(to)).isFalse();
    assertThatThrownBy(() -> from.requireTransitionTo(to))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("a method sheet cannot move from " + from + " to " + to);
  }

  @Test
  void theTwoListsAboveCoverEveryPair() {
    int allowed = 0;
    for (MethodSheetState from : MethodSheetState.values()) {
      for (MethodSheetState to : MethodSheetState.values()) {
        allowed += from.canMoveTo(to) ? 1 : 0;
      }
    }
    assertThat(allowed).isEqualTo(7);
    assertThat(MethodSheetState.values().length * MethodSheetState.values().length)
        .isEqualTo(7 + 9);
  }

  @Test
  void noStateIsFinalAndOnlyPublishedOnesArePublic() {
    for (MethodSheetState state : MethodSheetState.values()) {
      assertThat(state.isFinal()).isFalse();
    }
    assertThat(MethodSheetState.PUBLISHED.publiclyVisible()).isTrue();
    assertThat(MethodSheetState.DEPRECATED.publiclyVisible()).isTrue();
    assertThat(MethodSheetState.DRAFT.publiclyVisible()).isFalse();
    assertThat(MethodSheetState.IN_REVIEW.publiclyVisible()).isFalse();
  }

  @Test
  void aDraftIsNotPublishedWithoutReview() {
    assertThatThrownBy(() -> MethodSheetState.DRAFT.requireTransitionTo(MethodSheetState.PUBLISHED))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("allowed transitions are to IN_REVIEW");
    assertThatThrownBy(() -> MethodSheetState.DRAFT.requireTransitionTo(null))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("no target state given");
  }
}
