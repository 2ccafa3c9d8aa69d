// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NodeModeTest {

  @Test
  void readsBothModesInAnyCase() {
    assertThat(NodeMode.parse("territory")).isEqualTo(NodeMode.TERRITORY);
    assertThat(NodeMode.parse(" AGGREGATOR ")).isEqualTo(NodeMode.AGGREGATOR);
  }

  @Test
  void refusesAnythingElseNamingTheKey() {
    assertThatThrownBy(() -> NodeMode.parse("national"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("essaim.node.mode")
        .hasMessageContaining("national");
    assertThatThrownBy(() -> NodeMode.parse(null)).isInstanceOf(IllegalArgumentException.class);
  }
}
