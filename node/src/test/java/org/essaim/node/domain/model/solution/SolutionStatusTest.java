// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.solution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.essaim.node.domain.shared.IllegalTransitionException;
import org.junit.jupiter.api.Test;

class SolutionStatusTest {

  @Test
  void aDraftIsPublishedThenWithdrawnAndMayBePublishedAgain() {
    assertThat(SolutionStatus.DRAFT.next()).containsExactly(SolutionStatus.PUBLISHED);
    assertThat(SolutionStatus.PUBLISHED.next()).containsExactly(SolutionStatus.WITHDRAWN);
    assertThat(SolutionStatus.WITHDRAWN.next()).containsExactly(SolutionStatus.PUBLISHED);
    assertThat(SolutionStatus.values()).noneMatch(SolutionStatus::isFinal);
  }

  @Test
  void aDraftIsNotWithdrawnAndNothingGoesBackToDraft() {
    assertThatThrownBy(() -> SolutionStatus.DRAFT.requireTransitionTo(SolutionStatus.WITHDRAWN))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("transferable solution cannot move from DRAFT to WITHDRAWN");
    assertThatThrownBy(() -> SolutionStatus.PUBLISHED.requireTransitionTo(SolutionStatus.DRAFT))
        .isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> SolutionStatus.WITHDRAWN.requireTransitionTo(SolutionStatus.DRAFT))
        .isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> SolutionStatus.PUBLISHED.requireTransitionTo(SolutionStatus.PUBLISHED))
        .isInstanceOf(IllegalTransitionException.class);
  }
}
