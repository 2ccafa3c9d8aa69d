// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import org.essaim.node.domain.model.dream.ContributorType;
import org.essaim.node.domain.model.dream.Dream;
import org.essaim.node.domain.model.dream.DreamState;
import org.essaim.node.domain.model.dream.DreamSubmission;
import org.essaim.node.domain.shared.DomainRuleViolation;
import org.essaim.node.domain.shared.IllegalTransitionException;
import org.essaim.node.domain.shared.Visibility;
import org.junit.jupiter.api.Test;

class ChallengeTest {

  private static final Instant NOW = Instant.parse("2024-07-01T09:00:00Z");
  private static final long CREPITE = 1;

  @Test
  void aNewChallengeIsANodePublicDraft() {
    Challenge challenge = challenge(CREPITE, 10);
    assertThat(challenge.state()).isEqualTo(ChallengeState.DRAFT);
    assertThat(challenge.visibility()).isEqualTo(Visibility.NODE_PUBLIC);
    assertThat(challenge.publiclyVisible(true)).isFalse();
    challenge.moveTo(ChallengeState.SELECTED_FOR_EVENING, NOW);
    assertThat(challenge.publiclyVisible(true)).isTrue();
    assertThat(challenge.publiclyVisible(false)).isFalse();
  }

  @Test
  void descriptionRules() {
    assertThatThrownBy(() -> new ChallengeDescription("", "x", List.of(), null))
        .extracting(e -> ((DomainRuleViolation) e).field())
        .isEqualTo("title");
    assertThatThrownBy(() -> new ChallengeDescription("a".repeat(201), "x", List.of(), null))
        .extracting(e -> ((DomainRuleViolation) e).field())
        .isEqualTo("title");
    assertThatThrownBy(() -> new ChallengeDescription("x", null, List.of(), null))
        .extracting(e -> ((DomainRuleViolation) e).field())
        .isEqualTo("statement");
    assertThat(
            new ChallengeDescription(" Vélo ", "x", List.of("mobility", "mobility"), null).themes())
        .containsExactly("mobility");
  }

  @Test
  void groupingAPublishedDreamClustersIt() {
    Challenge challenge = challenge(CREPITE, 10);
    Dream dream = dream(CREPITE, 5, DreamState.PUBLISHED);
    challenge.group(dream, NOW);
    challenge.group(dream, NOW);
    assertThat(dream.state()).isEqualTo(DreamState.CLUSTERED);
    assertThat(challenge.dreamIds()).containsExactly(5L);
    assertThat(challenge.ungroup(5, NOW)).isTrue();
    assertThat(challenge.ungroup(5, NOW)).isFalse();
    assertThat(dream.state()).isEqualTo(DreamState.CLUSTERED);
  }

  @Test
  void onlyModeratedDreamsOfTheSameCampaignCanBeGrouped() {
    Challenge challenge = challenge(CREPITE, 10);
    Dream elsewhere = dream(2, 6, DreamState.PUBLISHED);
    assertThatThrownBy(() -> challenge.group(elsewhere, NOW))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessageContaining("campaign");
    assertThat(elsewhere.state()).isEqualTo(DreamState.PUBLISHED);
    Dream submitted = dream(CREPITE, 7, DreamState.SUBMITTED);
    assertThatThrownBy(() -> challenge.group(submitted, NOW))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessageContaining("SUBMITTED");
    assertThat(challenge.dreamIds()).isEmpty();
  }

  @Test
  void mergingNeedsAnOpenChallengeOfTheSameCampaign() {
    Challenge challenge = challenge(CREPITE, 10);
    assertThatThrownBy(() -> challenge.moveTo(ChallengeState.MERGED, NOW))
        .isInstanceOf(DomainRuleViolation.class);
    assertThatThrownBy(() -> challenge.mergeInto(challenge, NOW))
        .isInstanceOf(DomainRuleViolation.class);
    assertThatThrownBy(() -> challenge.mergeInto(challenge(2, 11), NOW))
        .isInstanceOf(DomainRuleViolation.class);
    Challenge abandoned = challenge(CREPITE, 12);
    abandoned.moveTo(ChallengeState.ABANDONED, NOW);
    assertThatThrownBy(() -> challenge.mergeInto(abandoned, NOW))
        .isInstanceOf(DomainRuleViolation.class);
    challenge.mergeInto(challenge(CREPITE, 13), NOW);
    assertThat(challenge.state()).isEqualTo(ChallengeState.MERGED);
    assertThat(challenge.mergedIntoId()).contains(13L);
    assertThat(challenge.isOpen()).isFalse();
    assertThatThrownBy(() -> challenge.moveTo(ChallengeState.ABANDONED, NOW))
        .isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> challenge.group(dream(CREPITE, 5, DreamState.PUBLISHED), NOW))
        .isInstanceOf(IllegalStateException.class);
  }

  private static Challenge challenge(long campaign, long id) {
    Challenge challenge =
        new Challenge(
            campaign,
            new ChallengeDescription(
                "Atelier de réparation de vélos",
                "Comment permettre à chacun de réparer son vélo ?",
                List.of("mobility.cycling"),
                null),
            Visibility.NODE_PUBLIC,
            NOW);
    setId(Challenge.class, challenge, id);
    return challenge;
  }

  private static Dream dream(long campaign, long id, DreamState state) {
    Dream dream =
        new Dream(
            campaign,
            new DreamSubmission(
                "Un atelier vélo solidaire",
                List.of(),
                null,
                ContributorType.INHABITANT,
                null,
                null,
                null,
                false),
            NOW);
    setId(Dream.class, dream, id);
    if (state != DreamState.SUBMITTED) {
      dream.moveTo(state, NOW);
    }
    return dream;
  }

  private static void setId(Class<?> type, Object entity, long id) {
    try {
      Field field = type.getDeclaredField("id");
      field.setAccessible(true);
      field.set(entity, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
