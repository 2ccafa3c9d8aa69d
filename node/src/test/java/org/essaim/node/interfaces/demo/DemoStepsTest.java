// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.demo;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DemoStepsTest {

  @Test
  void everyStepIsAnApplicationScopedBeanWithItsOwnLabel() throws ReflectiveOperationException {
    Set<String> labels = new HashSet<>();
    for (Class<? extends DemoStep> type : DemoSteps.ALL) {
      assertThat(type.isAnnotationPresent(ApplicationScoped.class)).as(type.getName()).isTrue();
      DemoStep step = type.getDeclaredConstructor().newInstance();
      assertThat(labels.add(step.label())).as("label " + step.label() + " is unique").isTrue();
    }
  }

  @Test
  void referencesPointBackwardsInTheOrder() throws ReflectiveOperationException {
    List<String> sections = new ArrayList<>();
    for (Class<? extends DemoStep> type : DemoSteps.ALL) {
      sections.add(type.getDeclaredConstructor().newInstance().section());
    }
    // Organisations before partners and projects; campaigns before dreams before défis; projects
    // before the solution ideas that became them.
    assertThat(sections.indexOf("organizations")).isLessThan(sections.indexOf("partners"));
    assertThat(sections.indexOf("campaigns")).isLessThan(sections.indexOf("dreams"));
    assertThat(sections.indexOf("dreams")).isLessThan(sections.indexOf("challenges"));
    assertThat(sections.indexOf("challenges")).isLessThan(sections.indexOf("projects"));
    assertThat(sections.indexOf("projects")).isLessThan(sections.indexOf("solutionIdeas"));
    // Campaign transitions after COLLECTING_DREAMS come once dreams and défis are in.
    assertThat(sections.lastIndexOf("campaigns")).isGreaterThan(sections.indexOf("solutionIdeas"));
    // Events refer to campaigns, défis and solution ideas; solutions to projects and organisations,
    // replications to their solution (the same section, read twice); collectives and
    // accompaniments to projects and organisations.
    assertThat(sections.indexOf("events")).isGreaterThan(sections.indexOf("solutionIdeas"));
    assertThat(sections.indexOf("transferableSolutions"))
        .isGreaterThan(sections.indexOf("projects"))
        .isEqualTo(sections.lastIndexOf("transferableSolutions") - 1);
    assertThat(sections.indexOf("collectives")).isGreaterThan(sections.indexOf("projects"));
    assertThat(sections.indexOf("accompaniments")).isGreaterThan(sections.indexOf("projects"));
  }

  @Test
  void preparedSectionsHaveNoStepYet() throws ReflectiveOperationException {
    for (Class<? extends DemoStep> type : DemoSteps.ALL) {
      assertThat(DemoSteps.PREPARED)
          .doesNotContain(type.getDeclaredConstructor().newInstance().section());
    }
    assertThat(DemoSteps.PREPARED).doesNotContainAnyElementsOf(DemoSteps.DESCRIPTIVE);
  }
}
