// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import org.essaim.node.domain.shared.DomainRuleViolation;
import org.junit.jupiter.api.Test;

class IssuedAttestationTest {

  static final URI AMIENS = URI.create("https://essaim.amiens.example/actors/territory");
  static final Instant NOW = Instant.parse("2024-04-15T18:00:00.750Z");
  static final LocalDate APRIL_15 = LocalDate.of(2024, 4, 15);

  @Test
  void issuedLabelled() {
    IssuedAttestation a = new IssuedAttestation(3, AMIENS, APRIL_15, 1L, NOW);
    assertThat(a.labelStatus()).isEqualTo(LabelStatus.LABELLED);
    assertThat(a.labelDate()).isEqualTo(APRIL_15);
    assertThat(a.issuedAt()).isEqualTo(Instant.parse("2024-04-15T18:00:00Z"));
  }

  @Test
  void aRevocationInTheSameSecondStillCarriesALaterUpdate() {
    IssuedAttestation a = new IssuedAttestation(3, AMIENS, APRIL_15, 1L, NOW);
    a.state(LabelStatus.SUSPENDED, null, 1L, NOW);
    assertThat(a.labelStatus()).isEqualTo(LabelStatus.SUSPENDED);
    assertThat(a.labelDate()).as("the revoked label keeps its date").isEqualTo(APRIL_15);
    assertThat(a.updatedAt()).isAfter(a.issuedAt());
    Instant suspended = a.updatedAt();
    a.state(LabelStatus.LABELLED, null, 1L, NOW);
    assertThat(a.updatedAt()).isAfter(suspended);
  }

  @Test
  void anAttestationSaysOnlyLabelledOrRevoked() {
    IssuedAttestation a = new IssuedAttestation(3, AMIENS, APRIL_15, null, NOW);
    assertThatThrownBy(() -> a.state(LabelStatus.IN_PROMO, null, null, NOW))
        .isInstanceOf(DomainRuleViolation.class);
  }
}
