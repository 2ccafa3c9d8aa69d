// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.vocab.essaim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WireCodesTest {

  @Test
  void themesAreCheckedByTheirTopConcept() {
    String top = Codes.THEME_TOP.iterator().next();
    assertThat(WireCodes.isTheme(top)).isTrue();
    assertThat(WireCodes.isTheme(top + ".something-narrower")).isTrue();
    assertThat(WireCodes.isTheme("not-a-theme.at-all")).isFalse();
    assertThat(WireCodes.isTheme("Food")).isFalse();
    assertThat(WireCodes.isTheme(null)).isFalse();
  }

  @Test
  void taxonomyKeys() {
    assertThat(WireCodes.isSupportMode("incubation")).isTrue();
    assertThat(WireCodes.isSupportMode("teleportation")).isFalse();
    assertThat(WireCodes.isLegalForm("scic")).isTrue();
    assertThat(WireCodes.isLegalForm("SCIC")).isFalse();
    assertThat(WireCodes.isProjectStage("emergence")).isTrue();
    assertThat(WireCodes.isProjectStage(null)).isFalse();
  }
}
