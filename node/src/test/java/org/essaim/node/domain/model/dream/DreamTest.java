// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.dream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.essaim.node.domain.shared.DomainRuleViolation;
import org.essaim.node.domain.shared.IllegalTransitionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DreamTest {

  private static final Instant NOW = Instant.parse("2024-06-08T10:15:00Z");
  private static final Commune LONS = new Commune("39300", "Lons-le-Saunier");

  @Test
  void anonymousDreamIsSubmittedWithoutPersonalData() {
    Dream dream = new Dream(1, submission("Un rêve partagé", null, null, null, false), NOW);
    assertThat(dream.state()).isEqualTo(DreamState.SUBMITTED);
    assertThat(dream.text()).isEqualTo("Un rêve partagé");
    assertThat(dream.commune()).contains(LONS);
    assertThat(dream.contactEmail()).isEmpty();
    assertThat(dream.contactConsentAt()).isEmpty();
  }

  @Test
  void contactWithConsentRecordsTheConsentTime() {
    Dream dream =
        new Dream(
            1,
            submission("Un atelier vélo", AgeBand.FROM_26_TO_64, "c@example.org", null, true),
            NOW);
    assertThat(dream.contactEmail()).contains("c@example.org");
    assertThat(dream.contactConsentAt()).contains(NOW);
  }

  @Test
  void contactWithoutConsentIsRefused() {
    assertThatThrownBy(() -> submission("Un rêve", null, "c@example.org", null, false))
        .isInstanceOf(DomainRuleViolation.class)
        .extracting(e -> ((DomainRuleViolation) e).field())
        .isEqualTo("contactConsent");
    assertThatThrownBy(() -> submission("Un rêve", null, null, "+33 6 12 34 56 78", false))
        .extracting(e -> ((DomainRuleViolation) e).field())
        .isEqualTo("contactConsent");
  }

  @Test
  void childrenUnder15LeaveNoContactEvenWithConsent() {
    assertThatThrownBy(
            () -> submission("Un skatepark", AgeBand.UNDER_15, "enfant@example.org", null, true))
        .isInstanceOf(DomainRuleViolation.class)
        .extracting(e -> ((DomainRuleViolation) e).field())
        .isEqualTo("contactEmail");
    assertThatThrownBy(() -> submission("Un skatepark", AgeBand.UNDER_15, null, "0612345678", true))
        .extracting(e -> ((DomainRuleViolation) e).field())
        .isEqualTo("contactPhone");
    assertThat(submission("Un skatepark", AgeBand.UNDER_15, null, null, false).hasContact())
        .isFalse();
  }

  @Test
  void consentWithoutContactRecordsNothing() {
    DreamSubmission s = submission("Un rêve", null, null, null, true);
    assertThat(s.contactConsent()).isFalse();
    assertThat(new Dream(1, s, NOW).contactConsentAt()).isEmpty();
  }

  @Test
  void textIsRequiredAndAtMost2000Characters() {
    assertThat(submission("x".repeat(2000), null, null, null, false).text()).hasSize(2000);
    assertThat(submission("  un rêve  ", null, null, null, false).text()).isEqualTo("un rêve");
    for (String bad : new String[] {null, "", "   ", "x".repeat(2001)}) {
      assertThatThrownBy(() -> submission(bad, null, null, null, false))
          .isInstanceOf(DomainRuleViolation.class)
          .extracting(e -> ((DomainRuleViolation) e).field())
          .isEqualTo("text");
    }
  }

  @Test
  void contributorTypeIsRequired() {
    assertThatThrownBy(
            () -> new DreamSubmission("Un rêve", List.of(), null, null, null, null, null, false))
        .extracting(e -> ((DomainRuleViolation) e).field())
        .isEqualTo("contributorType");
  }

  @ParameterizedTest
  @ValueSource(strings = {"not-an-email", "a@b", "a b@example.org"})
  void badEmailsAreRefused(String email) {
    assertThatThrownBy(() -> submission("Un rêve", null, email, null, true))
        .extracting(e -> ((DomainRuleViolation) e).field())
        .isEqualTo("contactEmail");
  }

  @ParameterizedTest
  @ValueSource(strings = {"39300", "2A004", "97302"})
  void communesAreInseeCodes(String code) {
    assertThat(new Commune(code, "x").code()).isEqualTo(code);
  }

  @ParameterizedTest
  @ValueSource(strings = {"3930", "2C004", "ABCDE", "393000"})
  void otherCommuneCodesAreRefused(String code) {
    assertThatThrownBy(() -> new Commune(code, "x"))
        .extracting(e -> ((DomainRuleViolation) e).field())
        .isEqualTo("commune.code");
  }

  @Test
  void mergingNeedsATargetOfTheSameCampaign() {
    Dream dream = new Dream(1, submission("Un rêve", null, null, null, false), NOW);
    assertThatThrownBy(() -> dream.moveTo(DreamState.MERGED, NOW))
        .extracting(e -> ((DomainRuleViolation) e).field())
        .isEqualTo("mergedInto");
    Dream otherCampaign = new Dream(2, submission("Un rêve", null, null, null, false), NOW);
    assertThatThrownBy(() -> dream.mergeInto(otherCampaign, NOW))
        .hasMessageContaining("same campaign");
    assertThat(dream.state()).isEqualTo(DreamState.SUBMITTED);
  }

  @Test
  void moderationFollowsTheLifecycle() {
    Dream dream = new Dream(1, submission("Un rêve", null, null, null, false), NOW);
    dream.moveTo(DreamState.PUBLISHED, NOW);
    dream.moveTo(DreamState.CLUSTERED, NOW);
    assertThatThrownBy(() -> dream.moveTo(DreamState.REJECTED, NOW))
        .isInstanceOf(IllegalTransitionException.class);
    dream.moveTo(DreamState.ARCHIVED, NOW);
    assertThat(dream.state()).isEqualTo(DreamState.ARCHIVED);
  }

  private static DreamSubmission submission(
      String text, AgeBand ageBand, String email, String phone, boolean consent) {
    return new DreamSubmission(
        text,
        List.of("food.access"),
        LONS,
        ContributorType.INHABITANT,
        ageBand,
        email,
        phone,
        consent);
  }
}
