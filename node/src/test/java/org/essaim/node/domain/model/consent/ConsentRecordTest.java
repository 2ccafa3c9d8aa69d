// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.essaim.node.domain.shared.DomainRuleViolation;
import org.junit.jupiter.api.Test;

class ConsentRecordTest {

  private static final Instant GIVEN = Instant.parse("2024-06-08T14:02:00Z");

  @Test
  void emailsAreNormalisedForLookUp() {
    assertThat(EmailAddress.normalise("email", "  Camille.D@Example.ORG "))
        .isEqualTo("camille.d@example.org");
    assertThat(EmailAddress.normalise("email", " ")).isNull();
    assertThatThrownBy(() -> EmailAddress.normalise("email", "camille@"))
        .isInstanceOf(DomainRuleViolation.class);
  }

  @Test
  void aRecordKeepsTheWordingShownAndItsSource() {
    ConsentRecord record =
        new ConsentRecord(
            "Camille@Example.org",
            null,
            ConsentPurpose.DREAM_CONTACT,
            ConsentSource.DREAM,
            41,
            GIVEN);
    assertThat(record.subjectEmail()).contains("camille@example.org");
    assertThat(record.wordingVersion()).isEqualTo(ConsentPurpose.DREAM_CONTACT.wordingVersion());
    assertThat(record.wordingText()).startsWith("J'accepte");
    assertThat(record.givenAt()).isEqualTo(GIVEN);
    assertThat(record.sourceKind()).isEqualTo(ConsentSource.DREAM);
    assertThat(record.sourceId()).isEqualTo(41);
    assertThat(record.withdrawnAt()).isEmpty();
  }

  @Test
  void withdrawalCountsOnceAndNeverBeforeTheConsent() {
    ConsentRecord record =
        new ConsentRecord(
            null,
            "06 12 34 56 78",
            ConsentPurpose.COLLECTIVE_CONTACT,
            ConsentSource.COLLECTIVE_MEMBERSHIP,
            3,
            GIVEN);
    record.withdraw(GIVEN.minusSeconds(60));
    assertThat(record.withdrawnAt()).contains(GIVEN);
    record.withdraw(GIVEN.plusSeconds(3600));
    assertThat(record.withdrawnAt()).contains(GIVEN);
  }

  @Test
  void aConsentAppliesToSomeone() {
    assertThatThrownBy(
            () ->
                new ConsentRecord(
                    " ", null, ConsentPurpose.DREAM_CONTACT, ConsentSource.DREAM, 1, GIVEN))
        .isInstanceOf(DomainRuleViolation.class);
  }
}
