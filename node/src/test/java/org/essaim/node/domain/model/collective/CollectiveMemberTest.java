// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.collective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.essaim.node.domain.shared.DomainRuleViolation;
import org.junit.jupiter.api.Test;

class CollectiveMemberTest {

  private static final Instant NOW = Instant.parse("2024-11-07T18:00:00Z");
  private static final LocalDate JOINED = LocalDate.parse("2024-11-07");

  @Test
  void aPersonWithContactDetailsAndConsentHasANormalisedEmail() {
    CollectiveMember member =
        new CollectiveMember(
            1,
            null,
            " Camille D. ",
            " Camille@Example.ORG ",
            "06 12 34 56 78",
            true,
            MemberRole.PORTEUR,
            JOINED,
            NOW);
    assertThat(member.isPerson()).isTrue();
    assertThat(member.hasContact()).isTrue();
    assertThat(member.displayName()).contains("Camille D.");
    assertThat(member.email()).contains("camille@example.org");
  }

  @Test
  void contactDetailsNeedConsent() {
    assertThatThrownBy(
            () ->
                new CollectiveMember(
                    1,
                    null,
                    "Camille",
                    null,
                    "06 12 34 56 78",
                    false,
                    MemberRole.HABITANT,
                    JOINED,
                    NOW))
        .isInstanceOf(DomainRuleViolation.class)
        .extracting(e -> ((DomainRuleViolation) e).field())
        .isEqualTo("contactConsent");
    // A name alone needs no consent to contact.
    assertThat(
            new CollectiveMember(
                    1, null, "Camille", null, null, false, MemberRole.HABITANT, JOINED, NOW)
                .hasContact())
        .isFalse();
  }

  @Test
  void aMemberIsAPersonOrAnOrganisation() {
    CollectiveMember organisation =
        new CollectiveMember(1, 4L, null, null, null, false, MemberRole.PARTENAIRE, JOINED, NOW);
    assertThat(organisation.isPerson()).isFalse();
    assertThat(
            field(
                () ->
                    new CollectiveMember(
                        1, null, " ", null, null, false, MemberRole.BENEVOLE, JOINED, NOW)))
        .isEqualTo("displayName");
    assertThat(
            field(
                () ->
                    new CollectiveMember(
                        1, 4L, "Camille", null, null, false, MemberRole.BENEVOLE, JOINED, NOW)))
        .isEqualTo("displayName");
    assertThat(
            field(
                () ->
                    new CollectiveMember(
                        1,
                        4L,
                        null,
                        "contact@asso.example",
                        null,
                        true,
                        MemberRole.PARTENAIRE,
                        JOINED,
                        NOW)))
        .isEqualTo("email");
  }

  @Test
  void malformedContactsRoleAndDateAreNamed() {
    assertThat(
            field(
                () ->
                    new CollectiveMember(
                        1,
                        null,
                        "C",
                        "not-an-email",
                        null,
                        true,
                        MemberRole.HABITANT,
                        JOINED,
                        NOW)))
        .isEqualTo("email");
    assertThat(
            field(
                () ->
                    new CollectiveMember(
                        1, null, "C", null, "call me", true, MemberRole.HABITANT, JOINED, NOW)))
        .isEqualTo("phone");
    assertThat(
            field(() -> new CollectiveMember(1, null, "C", null, null, false, null, JOINED, NOW)))
        .isEqualTo("role");
    assertThat(
            field(
                () ->
                    new CollectiveMember(
                        1, null, "C", null, null, false, MemberRole.HABITANT, null, NOW)))
        .isEqualTo("joinedOn");
  }

  private static String field(Runnable build) {
    try {
      build.run();
    } catch (DomainRuleViolation e) {
      return e.field();
    }
    throw new AssertionError("no DomainRuleViolation");
  }
}
