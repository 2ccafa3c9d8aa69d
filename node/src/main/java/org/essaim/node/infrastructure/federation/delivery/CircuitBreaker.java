// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One peer host's circuit breaker. Closed, every due delivery goes. After {@code threshold}
 * consecutive host failures (network errors, 5xx, 408, 429) it opens: deliveries to the host wait
 * (without counting attempts), except one probe per {@code probeInterval}. Any answer that shows
 * the host alive (2xx, or a 4xx refusal) closes it; a failed probe keeps it open for another
 * interval. Thread-safe; time is given by the caller.
 */
public final class CircuitBreaker {

  /** The breaker's state at a moment. */
  public enum State {
    CLOSED,
    OPEN,
    HALF_OPEN
  }

  private final int threshold;
  private final Duration probeInterval;
  private int consecutiveFailures;
  private Instant nextProbe;

  public CircuitBreaker(int threshold, Duration probeInterval) {
    this.threshold = threshold;
    this.probeInterval = probeInterval;
  }

  /**
   * Whether a delivery may go now. While open, the first call once the probe is due returns true
   * (that delivery is the probe) and schedules the next probe.
   */
  public synchronized boolean tryAcquire(Instant now) {
    if (consecutiveFailures < threshold) {
      return true;
    }
    if (nextProbe == null || !now.isBefore(nextProbe)) {
      nextProbe = now.plus(probeInterval);
      return true;
    }
    return false;
  }

  public synchronized void onSuccess() {
    consecutiveFailures = 0;
    nextProbe = null;
  }

  public synchronized void onFailure(Instant now) {
    consecutiveFailures++;
    if (consecutiveFailures >= threshold) {
      nextProbe = now.plus(probeInterval);
    }
  }

  public synchronized State state(Instant now) {
    if (consecutiveFailures < threshold) {
      return State.CLOSED;
    }
    return nextProbe == null || !now.isBefore(nextProbe) ? State.HALF_OPEN : State.OPEN;
  }

  public synchronized int consecutiveFailures() {
    return consecutiveFailures;
  }

  /** When the next probe may go, while open. */
  public synchronized Optional<Instant> nextProbe() {
    return consecutiveFailures < threshold ? Optional.empty() : Optional.ofNullable(nextProbe);
  }
}
