// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.essaim.node.application.InvalidInputException;
import org.junit.jupiter.api.Test;

class SimilarObjectsTest {

  @Test
  void limitIsTenByDefaultAndFromOneToFifty() {
    assertThat(SimilarObjects.limit(null)).isEqualTo(10);
    assertThat(SimilarObjects.limit(" ")).isEqualTo(10);
    assertThat(SimilarObjects.limit("1")).isEqualTo(1);
    assertThat(SimilarObjects.limit(" 50 ")).isEqualTo(50);
  }

  @Test
  void otherLimitsAreFieldErrors() {
    for (String bad : new String[] {"0", "51", "-3", "ten", "1e3", "99999999999"}) {
      assertThatThrownBy(() -> SimilarObjects.limit(bad))
          .as(bad)
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e -> assertThat(e.errors()).singleElement().extracting("field").isEqualTo("limit"));
    }
  }
}
