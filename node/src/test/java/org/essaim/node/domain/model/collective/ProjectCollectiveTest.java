// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.collective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.essaim.node.domain.shared.DomainRuleViolation;
import org.essaim.node.domain.shared.IllegalTransitionException;
import org.junit.jupiter.api.Test;

class ProjectCollectiveTest {

  private static final Instant NOW = Instant.parse("2024-11-07T18:00:00Z");

  @Test
  void aCollectiveFormsActsIsStructuredAndDissolves() {
    ProjectCollective collective = new ProjectCollective(12, Governance.INFORMAL, NOW);
    assertThat(collective.status()).isEqualTo(CollectiveStatus.FORMING);
    collective.moveTo(CollectiveStatus.ACTIVE, NOW);
    collective.govern(Governance.ASSOCIATION, NOW);
    collective.moveTo(CollectiveStatus.STRUCTURED, NOW);
    assertThat(collective.acceptsMembers()).isTrue();
    collective.moveTo(CollectiveStatus.DISSOLVED, NOW);
    assertThat(collective.acceptsMembers()).isFalse();
    assertThat(collective.governance()).isEqualTo(Governance.ASSOCIATION);
  }

  @Test
  void noSkippingNoGoingBackNothingAfterDissolution() {
    ProjectCollective collective = new ProjectCollective(12, Governance.INFORMAL, NOW);
    assertThatThrownBy(() -> collective.moveTo(CollectiveStatus.STRUCTURED, NOW))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("cannot move from FORMING to STRUCTURED")
        .hasMessageContaining("ACTIVE, DISSOLVED");
    assertThatThrownBy(() -> collective.moveTo(null, NOW))
        .isInstanceOf(IllegalTransitionException.class);
    collective.moveTo(CollectiveStatus.ACTIVE, NOW);
    assertThatThrownBy(() -> collective.moveTo(CollectiveStatus.FORMING, NOW))
        .isInstanceOf(IllegalTransitionException.class);
    collective.moveTo(CollectiveStatus.DISSOLVED, NOW);
    assertThatThrownBy(() -> collective.moveTo(CollectiveStatus.ACTIVE, NOW))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("final");
  }

  @Test
  void everyStatusButDissolvedMayDissolve() {
    for (CollectiveStatus status : CollectiveStatus.values()) {
      assertThat(status.canMoveTo(CollectiveStatus.DISSOLVED))
          .as(status.name())
          .isEqualTo(status != CollectiveStatus.DISSOLVED);
    }
    assertThat(CollectiveStatus.DISSOLVED.isFinal()).isTrue();
  }

  @Test
  void aCollectiveHasAGovernance() {
    assertThatThrownBy(() -> new ProjectCollective(12, null, NOW))
        .isInstanceOf(DomainRuleViolation.class)
        .extracting(e -> ((DomainRuleViolation) e).field())
        .isEqualTo("governance");
  }
}
