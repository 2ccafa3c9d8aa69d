// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.essaim.node.domain.shared.DomainRuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrganizationProfileTest {

  @Test
  void sirenIsNineDigitsSpacesTolerated() {
    assertThat(Siren.normalize("823 456 789")).isEqualTo("823456789");
    assertThat(Siren.normalize("823456789")).isEqualTo("823456789");
    assertThat(Siren.normalize("  ")).isNull();
    assertThat(Siren.normalize(null)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"12345678", "1234567890", "82345678A", "823-456-789", "82345678901234"})
  void otherSirensAreRefused(String siren) {
    assertThatThrownBy(() -> Siren.normalize(siren))
        .isInstanceOf(DomainRuleViolation.class)
        .extracting(e -> ((DomainRuleViolation) e).field())
        .isEqualTo("siren");
  }

  @Test
  void defaultsAndNormalisation() {
    OrganizationProfile profile =
        new OrganizationProfile(
            "  Les Ateliers des Hauts ",
            "",
            "association-1901",
            List.of("siae", "siae"),
            2017,
            null,
            "https://ateliers.example",
            new PostalAddress(null, "76000", "Rouen", null),
            "823 456 789",
            null);
    assertThat(profile.name()).isEqualTo("Les Ateliers des Hauts");
    assertThat(profile.acronym()).isNull();
    assertThat(profile.roles()).containsExactly("siae");
    assertThat(profile.siren()).isEqualTo("823456789");
    assertThat(profile.visibility()).as("left to the node's default").isNull();
    assertThat(profile.address().country()).isEqualTo("FR");
  }

  @Test
  void nameWebsiteAndYearAreChecked() {
    assertThatThrownBy(() -> profile(" ", null, null)).hasFieldOrPropertyWithValue("field", "name");
    assertThatThrownBy(() -> profile("X", "ftp://example.org", null))
        .hasFieldOrPropertyWithValue("field", "website");
    assertThatThrownBy(() -> profile("X", null, 99999))
        .hasFieldOrPropertyWithValue("field", "foundedYear");
  }

  private static OrganizationProfile profile(String name, String website, Integer year) {
    return new OrganizationProfile(name, null, null, null, year, null, website, null, null, null);
  }
}
