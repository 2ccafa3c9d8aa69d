// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.national;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerritoryMapTest {

  final TerritoryMap map = new TerritoryMap();

  @Test
  void holdsEveryMetropolitanDepartementLuxembourgAndGuiana() {
    assertThat(map.areas()).hasSize(96 + 2);
    assertThat(map.areas())
        .allSatisfy(
            a -> {
              assertThat(a.path()).startsWith("M").endsWith("z");
              assertThat(a.labelX()).isBetween(0.0, (double) TerritoryMap.WIDTH);
              assertThat(a.labelY()).isBetween(0.0, (double) TerritoryMap.HEIGHT);
            });
  }

  @Test
  void locatesByCodeInBracketsLeadingCodeOrName() {
    assertThat(map.locate("FR", "Bourgogne-Franche-Comté", "Jura (39)"))
        .hasValueSatisfying(a -> assertThat(a.name()).isEqualTo("Jura"));
    assertThat(map.locate("FR", "Corse", "2a Corse-du-Sud"))
        .hasValueSatisfying(a -> assertThat(a.code()).isEqualTo("2A"));
    assertThat(map.locate("FR", "Bourgogne-Franche-Comté", "cote d'or"))
        .hasValueSatisfying(a -> assertThat(a.code()).isEqualTo("21"));
    assertThat(map.locate("FR", "Guyane", null))
        .hasValueSatisfying(a -> assertThat(a.code()).isEqualTo("973"));
    assertThat(map.locate("LU", "Luxembourg", "Canton d'Esch"))
        .hasValueSatisfying(a -> assertThat(a.code()).isEqualTo("LU"));
  }

  @Test
  void placesNothingItCannotRecognise() {
    assertThat(map.locate("FR", "Grand Est", null)).isEmpty();
    assertThat(map.locate("FR", "Grand Est", "Quelque part")).isEmpty();
    assertThat(map.locate("FR", "Grand Est", "Nowhere (00)")).isEmpty();
  }

  @Test
  void luxembourgLiesNorthOfMoselle() {
    TerritoryMap.Area moselle = map.locate("FR", "Grand Est", "Moselle (57)").orElseThrow();
    TerritoryMap.Area luxembourg = map.locate("LU", "Luxembourg", null).orElseThrow();
    assertThat(luxembourg.labelY()).isLessThan(moselle.labelY());
    assertThat(Math.abs(luxembourg.labelX() - moselle.labelX())).isLessThan(40);
  }
}
