// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class InboxBackoffTest {

  @Test
  void delaysGrowThreefoldFromTenSeconds() {
    assertThat(InboxBackoff.delayAfter(1)).isEqualTo(Duration.ofSeconds(10));
    assertThat(InboxBackoff.delayAfter(2)).isEqualTo(Duration.ofSeconds(30));
    assertThat(InboxBackoff.delayAfter(3)).isEqualTo(Duration.ofSeconds(90));
    assertThat(InboxBackoff.delayAfter(4)).isEqualTo(Duration.ofSeconds(270));
  }

  @Test
  void delaysAreCappedAtAnHour() {
    assertThat(InboxBackoff.delayAfter(20)).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void fiveAttemptsThenFailed() {
    assertThat(InboxBackoff.exhausted(4)).isFalse();
    assertThat(InboxBackoff.exhausted(5)).isTrue();
  }
}
