// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.essaim.node.domain.shared.IllegalTransitionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LabelStatusTest {

  @ParameterizedTest
  @CsvSource({
    "PROSPECT, CANDIDATE",
    "CANDIDATE, IN_PROMO",
    "CANDIDATE, DEFERRED",
    "DEFERRED, CANDIDATE",
    "DEFERRED, PROSPECT",
    "IN_PROMO, READY_FOR_LABEL",
    "IN_PROMO, NEEDS_MORE_TIME",
    "NEEDS_MORE_TIME, READY_FOR_LABEL",
    "READY_FOR_LABEL, LABELLED",
    "READY_FOR_LABEL, NEEDS_MORE_TIME",
    "LABELLED, SUSPENDED",
    "LABELLED, WITHDRAWN",
    "SUSPENDED, LABELLED",
    "WITHDRAWN, PROSPECT"
  })
  void followsTheLabelPath(LabelStatus from, LabelStatus to) {
    assertThat(from.requireTransitionTo(to)).isEqualTo(to);
  }

  @ParameterizedTest
  @CsvSource({
    "PROSPECT, LABELLED",
    "CANDIDATE, LABELLED",
    "IN_PROMO, LABELLED",
    "NEEDS_MORE_TIME, LABELLED",
    "PROSPECT, IN_PROMO",
    "LABELLED, PROSPECT",
    "LABELLED, LABELLED",
    "WITHDRAWN, LABELLED",
    "DEFERRED, IN_PROMO"
  })
  void refusesShortcuts(LabelStatus from, LabelStatus to) {
    assertThatThrownBy(() -> from.requireTransitionTo(to))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining(from.name())
        .hasMessageContaining(to.name());
  }

  @Test
  void everyStateCanWithdrawButWithdrawnOnlyStartsAgain() {
    for (LabelStatus s : LabelStatus.values()) {
      if (s != LabelStatus.WITHDRAWN) {
        assertThat(s.canMoveTo(LabelStatus.WITHDRAWN)).as(s.name()).isTrue();
      }
    }
    assertThat(LabelStatus.WITHDRAWN.next()).containsExactly(LabelStatus.PROSPECT);
  }

  @Test
  void onlyLabelledIsAttestedAndOnlySuspensionOrWithdrawalRevokes() {
    for (LabelStatus s : LabelStatus.values()) {
      assertThat(s.labelled()).as(s.name()).isEqualTo(s == LabelStatus.LABELLED);
      assertThat(s.revokesLabel())
          .as(s.name())
          .isEqualTo(s == LabelStatus.SUSPENDED || s == LabelStatus.WITHDRAWN);
    }
    assertThat(LabelStatus.PROSPECT.listedPublicly()).isFalse();
    assertThat(LabelStatus.CANDIDATE.listedPublicly()).isTrue();
  }
}
