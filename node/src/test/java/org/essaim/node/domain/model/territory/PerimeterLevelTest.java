// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.territory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PerimeterLevelTest {

  @ParameterizedTest
  @CsvSource({
    "COMMUNE, 38185", // Grenoble
    "COMMUNE, 2A004", // Ajaccio: Corsican codes carry a letter
    "EPCI, 200040715",
    "DEPARTEMENT, 54",
    "DEPARTEMENT, 2B",
    "DEPARTEMENT, 973", // Guyane
    "REGION, 84",
    "COUNTRY, LU",
    "SUBDIVISION, LU-CA",
    "OTHER, pnr-chartreuse"
  })
  void acceptsOfficialCodes(PerimeterLevel level, String code) {
    assertThat(level.accepts(code)).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    "COMMUNE, 3818",
    "COMMUNE, 2C004",
    "EPCI, 20004071",
    "DEPARTEMENT, 00",
    "DEPARTEMENT, 96",
    "DEPARTEMENT, 977",
    "REGION, 8",
    "COUNTRY, XX",
    "COUNTRY, fr",
    "SUBDIVISION, XX-CA",
    "OTHER, -leading-dash"
  })
  void rejectsMisshapenCodes(PerimeterLevel level, String code) {
    assertThat(level.accepts(code)).isFalse();
  }
}
