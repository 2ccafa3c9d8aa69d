// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** DOWN when the heap is nearly exhausted even after collection, the one state a restart cures. */
@Liveness
@ApplicationScoped
public class NodeLivenessCheck implements HealthCheck {

  private static final double MAX_HEAP_USE = 0.95;

  @Override
  public HealthCheckResponse call() {
    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    long max = heap.getMax() > 0 ? heap.getMax() : heap.getCommitted();
    double use = (double) heap.getUsed() / max;
    return HealthCheckResponse.named("heap")
        .status(use < MAX_HEAP_USE)
        .withData("usedBytes", heap.getUsed())
        .withData("maxBytes", max)
        .build();
  }
}
