// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** When a finished send wakes the pump: once half the slots are free, not after every send. */
class DeliveryWorkersTest {

  @Test
  void aFullPipelineWaitsForHalfItsSlotsBeforeClaimingAgain() {
    assertThat(DeliveryWorkers.refillNow(DeliveryWorkers.MAX_IN_FLIGHT - 1)).isFalse();
    assertThat(DeliveryWorkers.refillNow(DeliveryWorkers.REFILL_AT + 1)).isFalse();
    assertThat(DeliveryWorkers.refillNow(DeliveryWorkers.REFILL_AT)).isTrue();
  }

  @Test
  void aLightlyLoadedPipelineClaimsAtOnce() {
    // One host's deliveries go one after the other: its next one is claimed as soon as it is free.
    assertThat(DeliveryWorkers.refillNow(0)).isTrue();
    assertThat(DeliveryWorkers.refillNow(1)).isTrue();
  }
}
