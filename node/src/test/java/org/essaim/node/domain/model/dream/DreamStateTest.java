// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.dream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.essaim.node.domain.shared.IllegalTransitionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DreamStateTest {

  @ParameterizedTest
  @CsvSource({
    "SUBMITTED, PUBLISHED",
    "SUBMITTED, REJECTED",
    "SUBMITTED, MERGED",
    "PUBLISHED, CLUSTERED",
    "PUBLISHED, ARCHIVED",
    "CLUSTERED, ARCHIVED"
  })
  void allowedTransitions(DreamState from, DreamState to) {
    assertThat(from.canMoveTo(to)).isTrue();
    assertThat(from.requireTransitionTo(to)).isEqualTo(to);
  }

  @Test
  void nothingElseIsAllowed() {
    int allowed = 0;
    for (DreamState from : DreamState.values()) {
      for (DreamState to : DreamState.values()) {
        if (from.canMoveTo(to)) {
          allowed++;
        } else {
          assertThatThrownBy(() -> from.requireTransitionTo(to))
              .isInstanceOf(IllegalTransitionException.class)
              .hasMessageContaining("cannot move from " + from + " to " + to);
        }
      }
    }
    assertThat(allowed).isEqualTo(6);
  }

  @ParameterizedTest
  @CsvSource({
    "SUBMITTED, CLUSTERED", // moderation comes first
    "REJECTED, PUBLISHED", // a refusal is final
    "MERGED, PUBLISHED",
    "ARCHIVED, PUBLISHED",
    "CLUSTERED, PUBLISHED"
  })
  void sampleOfIllegalTransitionsExplainWhatIsAllowed(DreamState from, DreamState to) {
    IllegalTransitionException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalTransitionException.class, () -> from.requireTransitionTo(to));
    assertThat(e.from()).isEqualTo(from.name());
    assertThat(e.to()).isEqualTo(to.name());
    if (from.isFinal()) {
      assertThat(e.getMessage()).contains(from + " is final");
    } else {
      assertThat(e.getMessage()).contains("allowed transitions are to");
    }
  }

  @Test
  void onlyPublishedAndClusteredArePublic() {
    Set<DreamState> visible = EnumSet.noneOf(DreamState.class);
    for (DreamState state : DreamState.values()) {
      if (state.publiclyVisible()) {
        visible.add(state);
      }
    }
    assertThat(visible).containsExactlyInAnyOrder(DreamState.PUBLISHED, DreamState.CLUSTERED);
    assertThat(EnumSet.of(DreamState.REJECTED, DreamState.MERGED, DreamState.ARCHIVED))
        .allMatch(DreamState::isFinal);
  }
}
