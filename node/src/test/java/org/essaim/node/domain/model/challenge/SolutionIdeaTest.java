// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.essaim.node.domain.shared.DomainRuleViolation;
import org.essaim.node.domain.shared.IllegalTransitionException;
import org.junit.jupiter.api.Test;

class SolutionIdeaTest {

  private static final Instant NOW = Instant.parse("2024-09-13T21:00:00Z");

  @Test
  void becomingAProjectNeedsTheProjectId() {
    SolutionIdea idea = idea();
    idea.moveTo(SolutionIdeaState.SHORTLISTED, null, NOW);
    idea.moveTo(SolutionIdeaState.SELECTED, null, NOW);
    assertThatThrownBy(() -> idea.moveTo(SolutionIdeaState.BECAME_PROJECT, null, NOW))
        .isInstanceOf(DomainRuleViolation.class)
        .extracting(e -> ((DomainRuleViolation) e).field())
        .isEqualTo("projectId");
    assertThat(idea.state()).isEqualTo(SolutionIdeaState.SELECTED);
    idea.moveTo(SolutionIdeaState.BECAME_PROJECT, 21L, NOW);
    assertThat(idea.projectId()).contains(21L);
  }

  @Test
  void aProjectIdOnlyComesWithBecomingAProject() {
    SolutionIdea idea = idea();
    assertThatThrownBy(() -> idea.moveTo(SolutionIdeaState.SHORTLISTED, 21L, NOW))
        .isInstanceOf(DomainRuleViolation.class);
    assertThat(idea.state()).isEqualTo(SolutionIdeaState.PROPOSED);
    assertThatThrownBy(() -> idea.moveTo(SolutionIdeaState.BECAME_PROJECT, 21L, NOW))
        .isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void titleAndDescriptionAreRequired() {
    assertThatThrownBy(() -> new SolutionIdea(1, " ", "x", NOW))
        .extracting(e -> ((DomainRuleViolation) e).field())
        .isEqualTo("title");
    assertThatThrownBy(() -> new SolutionIdea(1, "x", "a".repeat(5001), NOW))
        .extracting(e -> ((DomainRuleViolation) e).field())
        .isEqualTo("description");
  }

  private static SolutionIdea idea() {
    return new SolutionIdea(3, "Un repair café vélo", "Un samedi par mois.", NOW);
  }
}
