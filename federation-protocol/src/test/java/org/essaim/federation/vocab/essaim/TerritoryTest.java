// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.vocab.essaim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.essaim.federation.vocab.As;
import org.essaim.federation.vocab.AsObject;
import org.essaim.federation.vocab.Essaim;
import org.essaim.federation.vocab.VocabularyException;
import org.junit.jupiter.api.Test;

class TerritoryTest {

  @Test
  void perimeterKeepsItsOrderAndCarriersStayOrganizations() {
    AsObject read = RoundTrip.throughJson(DemoData.lonsLeSaunier().toAsObject());
    Territory territory = Territory.from(read);
    assertThat(territory.perimeter())
        .extracting(PerimeterArea::label)
        .containsExactly("Lons-le-Saunier", "Jura");
    assertThat(read.embedded(Essaim.CARRIER_ORGANIZATION).get(0).hasType(As.ORGANIZATION)).isTrue();
  }

  @Test
  void overseasTerritoryKeepsItsTimeZone() {
    Territory guyane = Territory.from(RoundTrip.throughJson(DemoData.guyane().toAsObject()));
    assertThat(guyane).isEqualTo(DemoData.guyane());
    assertThat(guyane.timeZone().getId()).isEqualTo("America/Cayenne");
  }

  @Test
  void unknownLabelStatusIsRefused() {
    AsObject object =
        DemoData.lonsLeSaunier().toAsObject().toBuilder()
            .set(Essaim.LABEL_STATUS, org.essaim.federation.vocab.Literal.string("GOLD"))
            .build();
    assertThatThrownBy(() -> Territory.from(object))
        .isInstanceOf(VocabularyException.class)
        .hasMessageContaining("GOLD");
  }

  @Test
  void aPhoneNumberIsNotAMailbox() {
    AsObject object =
        DemoData.lonsLeSaunier().toAsObject().toBuilder()
            .set(
                Essaim.PUBLIC_CONTACT, org.essaim.federation.vocab.Literal.string("06 12 34 56 78"))
            .build();
    assertThatThrownBy(() -> Territory.from(object)).isInstanceOf(VocabularyException.class);
  }
}
