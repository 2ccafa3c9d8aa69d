// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VisibilityTest {

  @Test
  void onlyNetworkAndPublicLeaveTheNode() {
    assertThat(Visibility.PRIVATE.federates()).isFalse();
    assertThat(Visibility.NODE_PUBLIC.federates()).isFalse();
    assertThat(Visibility.NETWORK.federates()).isTrue();
    assertThat(Visibility.PUBLIC.federates()).isTrue();
  }

  @Test
  void onlyNodePublicAndPublicAreReadableByAnyone() {
    assertThat(Visibility.PRIVATE.readableByPublic()).isFalse();
    assertThat(Visibility.NODE_PUBLIC.readableByPublic()).isTrue();
    assertThat(Visibility.NETWORK.readableByPublic()).isFalse();
    assertThat(Visibility.PUBLIC.readableByPublic()).isTrue();
  }
}
