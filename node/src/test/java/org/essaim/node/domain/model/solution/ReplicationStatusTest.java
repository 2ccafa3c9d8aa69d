// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.solution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.essaim.node.domain.shared.IllegalTransitionException;
import org.junit.jupiter.api.Test;

class ReplicationStatusTest {

  @Test
  void interestThenStartThenReplicatedOrAbandoned() {
    assertThat(ReplicationStatus.INTERESTED.next())
        .containsExactly(ReplicationStatus.IN_PROGRESS, ReplicationStatus.ABANDONED);
    assertThat(ReplicationStatus.IN_PROGRESS.next())
        .containsExactly(ReplicationStatus.REPLICATED, ReplicationStatus.ABANDONED);
    assertThat(ReplicationStatus.REPLICATED.isFinal()).isTrue();
    assertThat(ReplicationStatus.ABANDONED.isFinal()).isTrue();
  }

  @Test
  void notReplicatedWithoutStartingAndNothingAfterTheEnd() {
    assertThatThrownBy(
            () -> ReplicationStatus.INTERESTED.requireTransitionTo(ReplicationStatus.REPLICATED))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("the allowed transitions are to IN_PROGRESS, ABANDONED");
    assertThatThrownBy(
            () -> ReplicationStatus.ABANDONED.requireTransitionTo(ReplicationStatus.IN_PROGRESS))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("ABANDONED is final");
    assertThatThrownBy(
            () -> ReplicationStatus.REPLICATED.requireTransitionTo(ReplicationStatus.ABANDONED))
        .isInstanceOf(IllegalTransitionException.class);
  }
}
