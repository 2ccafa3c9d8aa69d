// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UsernamesTest {

  @Test
  void territoryNamesBecomeHandles() {
    assertThat(Usernames.slug("Lons-le-Saunier / Jura")).isEqualTo("lons-le-saunier-jura");
    assertThat(Usernames.slug("Meurthe-et-Moselle")).isEqualTo("meurthe-et-moselle");
    assertThat(Usernames.slug("Mon territoire")).isEqualTo("mon-territoire");
    assertThat(Usernames.slug("Évry — Cœur d'Essonne")).isEqualTo("evry-coeur-d-essonne");
    assertThat(Usernames.slug("  ")).isEqualTo("territory");
    assertThat(Usernames.slug("x".repeat(100))).hasSize(Usernames.MAX_LENGTH);
  }

  @Test
  void everySlugIsAValidUsername() {
    for (String name : new String[] {"Grenoble", "Guyane (Cayenne)", "---", "Ærø 2026"}) {
      assertThat(Usernames.isValid(Usernames.slug(name))).as(name).isTrue();
    }
  }

  @Test
  void configuredUsernamesAreChecked() {
    assertThat(Usernames.isValid("miramas")).isTrue();
    assertThat(Usernames.isValid("sut_lons.jura")).isTrue();
    assertThat(Usernames.isValid("Miramas")).isFalse();
    assertThat(Usernames.isValid("-miramas")).isFalse();
    assertThat(Usernames.isValid("mira mas")).isFalse();
    assertThat(Usernames.isValid("mira@mas")).isFalse();
    assertThat(Usernames.isValid("")).isFalse();
    assertThat(Usernames.isValid(null)).isFalse();
  }
}
