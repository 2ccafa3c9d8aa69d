// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class OpenDataLicenseTest {

  @Test
  void knownLicencesAreLinkedToTheirText() {
    assertThat(new OpenDataLicense("etalab-2.0").url())
        .hasValue(URI.create("https://www.etalab.gouv.fr/licence-ouverte-open-licence/"));
    assertThat(new OpenDataLicense("ODbL-1.0").url()).isPresent();
    assertThat(new OpenDataLicense("LicenseRef-local").url()).isEmpty();
  }

  @Test
  void anItemKeepsItsOwnLicence() {
    OpenDataLicense license = new OpenDataLicense(" etalab-2.0 ");
    assertThat(license.id()).isEqualTo("etalab-2.0");
    assertThat(license.forItem("CC-BY-SA-4.0")).isEqualTo("CC-BY-SA-4.0");
    assertThat(license.forItem(null)).isEqualTo("etalab-2.0");
    assertThat(license.forItem(" ")).isEqualTo("etalab-2.0");
  }

  @Test
  void aValueThatIsNoIdentifierIsRefusedNamingTheKey() {
    for (String bad : new String[] {"", " ", "Licence ouverte", "x\ny", null}) {
      assertThatThrownBy(() -> new OpenDataLicense(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("essaim.open-data.license");
    }
  }
}
