// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.essaim.node.domain.shared.DomainRuleViolation;
import org.essaim.node.domain.shared.IllegalTransitionException;
import org.junit.jupiter.api.Test;

class PromoAndSponsorshipTest {

  static final Instant NOW = Instant.parse("2024-10-10T10:00:00Z");

  static PromoTerms promo2(List<PromoModule> modules) {
    return new PromoTerms(
        2, " Promo 2 ", "2024-2025", 6, LocalDate.of(2024, 10, 10), List.of(4L, 6L, 4L), modules);
  }

  @Test
  void aPromoKeepsItsModulesInOrderAndEachCoAnimatorOnce() {
    PromoTerms terms =
        promo2(
            List.of(
                new PromoModule(
                    "modules[0]", "Séminaire d'intégration", ModuleFormat.IN_PERSON_2D, 4L, false),
                new PromoModule(
                    "modules[1]", "Animer son équipe cœur", ModuleFormat.VISIO_3H, 6L, true)));
    assertThat(terms.name()).isEqualTo("Promo 2");
    assertThat(terms.coAnimatorIds()).containsExactly(4L, 6L);
    Promo promo = new Promo(terms, NOW);
    promo.forget(6L, NOW);
    assertThat(promo.terms().coAnimatorIds()).containsExactly(4L);
    assertThat(promo.terms().modules().get(1).coAnimatorId()).isEmpty();
    assertThat(promo.terms().modules().get(1).openToLabelled()).isTrue();
  }

  @Test
  void promoRulesNameTheField() {
    assertField(() -> new PromoTerms(0, null, "2024-2025", 6, null, null, null), "number");
    assertField(() -> new PromoTerms(1, null, "2024/25", 6, null, null, null), "period");
    assertField(() -> new PromoTerms(1, null, "2024-2025", 0, null, null, null), "durationMonths");
    assertField(
        () -> new PromoModule("modules[3]", " ", ModuleFormat.VISIO_3H, null, false),
        "modules[3].title");
    assertField(
        () -> new PromoModule("modules[3]", "Portage", null, null, false), "modules[3].format");
  }

  @Test
  void aSponsorshipStartsAndEndsButNeverGoesBack() {
    Sponsorship s = new Sponsorship(9, 19, 2L, "2024-2025", SponsorshipStatus.PROPOSED, NOW);
    s.moveTo(SponsorshipStatus.ACTIVE, NOW);
    s.moveTo(SponsorshipStatus.ENDED, NOW);
    assertThatThrownBy(() -> s.moveTo(SponsorshipStatus.ACTIVE, NOW))
        .isInstanceOf(IllegalTransitionException.class);
    assertThat(s.status()).isEqualTo(SponsorshipStatus.ENDED);
  }

  @Test
  void aTerritoryCannotSponsorItself() {
    assertField(
        () -> new Sponsorship(9, 9, null, null, SponsorshipStatus.ACTIVE, NOW), "sponseeId");
    assertField(
        () -> new Sponsorship(9, 19, null, "24-25", SponsorshipStatus.ACTIVE, NOW), "period");
  }

  private static void assertField(Runnable construct, String field) {
    assertThatThrownBy(construct::run)
        .isInstanceOf(DomainRuleViolation.class)
        .extracting(e -> ((DomainRuleViolation) e).field())
        .isEqualTo(field);
  }
}
