// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.essaim.node.domain.shared.DomainRuleViolation;
import org.essaim.node.domain.shared.IllegalTransitionException;
import org.essaim.node.domain.shared.Visibility;
import org.junit.jupiter.api.Test;

class ProjectTest {

  private static final Instant NOW = Instant.parse("2024-06-01T10:00:00Z");

  @Test
  void stagesMoveForwardSkippingIsFine() {
    Project project =
        new Project(
            description(ProjectOrigin.ACCELERATED_EXISTING, null, null),
            ProjectStage.EMERGENCE,
            Visibility.NODE_PUBLIC,
            NOW);
    project.moveToStage(ProjectStage.LAUNCHED, false, NOW);
    assertThat(project.stage()).isEqualTo(ProjectStage.LAUNCHED);
    assertThat(ProjectStage.IDEA.next()).hasSize(ProjectStage.values().length - 1);
    assertThat(ProjectStage.SWARMING.isFinal()).isTrue();
  }

  @Test
  void backwardOrSameStageIsRefusedUnlessAnAdminCorrects() {
    Project project =
        new Project(
            description(ProjectOrigin.ACCELERATED_EXISTING, null, null),
            ProjectStage.LAUNCHED,
            Visibility.NODE_PUBLIC,
            NOW);
    assertThatThrownBy(() -> project.moveToStage(ProjectStage.IDEA, false, NOW))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("cannot move from LAUNCHED to IDEA");
    assertThatThrownBy(() -> project.moveToStage(ProjectStage.LAUNCHED, true, NOW))
        .isInstanceOf(IllegalTransitionException.class);
    assertThat(project.stage()).isEqualTo(ProjectStage.LAUNCHED);
    project.moveToStage(ProjectStage.IDEA, true, NOW);
    assertThat(project.stage()).isEqualTo(ProjectStage.IDEA);
  }

  @Test
  void statusesPauseResumeAndEnd() {
    Project project =
        new Project(
            description(ProjectOrigin.ACCELERATED_EXISTING, null, null),
            ProjectStage.IDEA,
            Visibility.NODE_PUBLIC,
            NOW);
    assertThat(project.status()).isEqualTo(ProjectStatus.ACTIVE);
    project.moveToStatus(ProjectStatus.PAUSED, NOW);
    project.moveToStatus(ProjectStatus.ACTIVE, NOW);
    project.moveToStatus(ProjectStatus.TRANSFERRED, NOW);
    assertThatThrownBy(() -> project.moveToStatus(ProjectStatus.ACTIVE, NOW))
        .isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void theOriginCarriesItsReferenceAndOnlyIt() {
    assertThat(description(ProjectOrigin.FROM_CHALLENGE, 12L, null).originChallengeId())
        .isEqualTo(12L);
    assertThatThrownBy(() -> description(ProjectOrigin.FROM_CHALLENGE, null, null))
        .isInstanceOf(DomainRuleViolation.class)
        .hasFieldOrPropertyWithValue("field", "originChallengeId");
    assertThatThrownBy(() -> description(ProjectOrigin.ACCELERATED_EXISTING, 12L, null))
        .hasFieldOrPropertyWithValue("field", "originChallengeId");
    assertThatThrownBy(() -> description(ProjectOrigin.TRANSPOSED_FROM, null, null))
        .hasFieldOrPropertyWithValue("field", "originSourceUri");
    assertThatThrownBy(() -> description(ProjectOrigin.TRANSPOSED_FROM, null, "not a uri"))
        .hasFieldOrPropertyWithValue("field", "originSourceUri");
    assertThat(
            description(ProjectOrigin.TRANSPOSED_FROM, null, "https://n.example/solutions/1")
                .originSourceUri())
        .isEqualTo("https://n.example/solutions/1");
  }

  @Test
  void aNewProjectWithoutVisibilityTakesTheNodeDefaultAndAnUpdateWithoutOneKeepsIt() {
    ProjectDescription unspecified = description(ProjectOrigin.ACCELERATED_EXISTING, null, null);
    assertThat(unspecified.visibility()).isNull();
    Project project = new Project(unspecified, ProjectStage.IDEA, Visibility.NETWORK, NOW);
    assertThat(project.visibility()).isEqualTo(Visibility.NETWORK);
    project.describe(unspecified, NOW);
    assertThat(project.visibility()).isEqualTo(Visibility.NETWORK);
    project.describe(withVisibility(unspecified, Visibility.PRIVATE), NOW);
    assertThat(project.visibility()).isEqualTo(Visibility.PRIVATE);
  }

  private static ProjectDescription withVisibility(ProjectDescription d, Visibility visibility) {
    return new ProjectDescription(
        d.title(),
        d.summary(),
        d.description(),
        d.themes(),
        d.supportModes(),
        d.origin(),
        d.originChallengeId(),
        d.originSourceUri(),
        d.carrierOrganizationId(),
        d.legalForm(),
        d.partnerOrganizationIds(),
        d.fundings(),
        d.impacts(),
        d.location(),
        d.pepite(),
        visibility);
  }

  private static ProjectDescription description(ProjectOrigin origin, Long challenge, String uri) {
    return new ProjectDescription(
        "Écopôles alimentaires",
        null,
        null,
        List.of("food", "food"),
        null,
        origin,
        challenge,
        uri,
        null,
        null,
        List.of(1L, 1L),
        null,
        null,
        null,
        false,
        null);
  }
}
