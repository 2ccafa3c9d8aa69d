// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.methodsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.essaim.node.domain.shared.DomainRuleViolation;
import org.junit.jupiter.api.Test;

class LicenceTest {

  @Test
  void ccBySaByDefault() {
    assertThat(Licence.of(null)).isEqualTo(Licence.DEFAULT);
    assertThat(Licence.of("  ").spdxId()).isEqualTo("CC-BY-SA-4.0");
  }

  @Test
  void spdxIdsAreReadCaseIgnoredAndSpeltAsSpdxDoes() {
    assertThat(Licence.of("cc0-1.0").spdxId()).isEqualTo("CC0-1.0");
    assertThat(Licence.of(" CC-BY-4.0 ").spdxId()).isEqualTo("CC-BY-4.0");
    assertThat(Licence.of("ETALAB-2.0").spdxId()).isEqualTo("etalab-2.0");
  }

  @Test
  void unknownIdsAreRefused() {
    for (String id : new String[] {"CC-BY-SA", "MIT-ish", "Tous droits réservés", "CC BY-SA 4.0"}) {
      assertThatThrownBy(() -> Licence.of(id))
          .isInstanceOf(DomainRuleViolation.class)
          .hasMessageContaining("CC-BY-SA-4.0")
          .extracting(e -> ((DomainRuleViolation) e).field())
          .isEqualTo("licence");
    }
    assertThatThrownBy(() -> new Licence("cc-by-4.0")).isInstanceOf(DomainRuleViolation.class);
  }
}
