// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.inbound;

import java.time.Duration;

/**
 * When an activity whose handler failed (this node's failure, not the peer's) is tried again: 10 s
 * after the first attempt, then three times longer each time; after {@value #MAX_ATTEMPTS} attempts
 * it is journalled as failed.
 */
public final class InboxBackoff {

  public static final int MAX_ATTEMPTS = 5;
  static final Duration FIRST = Duration.ofSeconds(10);
  static final Duration CAP = Duration.ofHours(1);

  private InboxBackoff() {}

  /** Whether an activity that failed its {@code attempts}-th attempt is given up. */
  public static boolean exhausted(int attempts) {
    return attempts >= MAX_ATTEMPTS;
  }

  /** The delay before the next attempt, after {@code attempts} failed ones (1 or more). */
  public static Duration delayAfter(int attempts) {
    Duration delay = FIRST;
    for (int i = 1; i < attempts; i++) {
      delay = delay.multipliedBy(3);
      if (delay.compareTo(CAP) >= 0) {
        return CAP;
      }
    }
    return delay;
  }
}
