// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartnerTermsTest {

  @Test
  void aMemberOfTheCircleSinceADate() {
    PartnerTerms terms =
        new PartnerTerms(
            1,
            true,
            LocalDate.of(2023, 3, 15),
            " contact@cocagne.example ",
            List.of(
                new Contribution(
                    "contributions[0]",
                    ContributionKind.MONEY,
                    " Soirée ",
                    new BigDecimal("5000"),
                    2024)));
    assertThat(terms.roleMailbox()).isEqualTo("contact@cocagne.example");
    assertThat(terms.contributions().get(0).amountEur()).isEqualByComparingTo("5000.00");
    assertThat(terms.contributions().get(0).description()).isEqualTo("Soirée");
  }

  @Test
  void sinceOnlyInTheCircleAndTheMailboxIsAnAddress() {
    assertThatThrownBy(() -> new PartnerTerms(1, false, LocalDate.of(2023, 1, 1), null, null))
        .hasFieldOrPropertyWithValue("field", "circleSince");
    assertThatThrownBy(() -> new PartnerTerms(1, true, null, "Camille Martin", null))
        .hasFieldOrPropertyWithValue("field", "roleMailbox");
  }

  @Test
  void contributionsAreDescribedAndNotNegative() {
    assertThatThrownBy(() -> new Contribution("c[0]", ContributionKind.SKILLS, " ", null, null))
        .hasFieldOrPropertyWithValue("field", "c[0].description");
    assertThatThrownBy(
            () ->
                new Contribution(
                    "c[0]", ContributionKind.MONEY, "x", new BigDecimal("-0.01"), null))
        .hasFieldOrPropertyWithValue("field", "c[0].amountEur");
    assertThatThrownBy(() -> new Contribution("c[0]", null, "x", null, null))
        .hasFieldOrPropertyWithValue("field", "c[0].kind");
    assertThat(new Contribution("c[0]", ContributionKind.PREMISES, "Salle", null, 2024).amountEur())
        .isNull();
  }
}
