// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application;

import java.time.Duration;

/**
 * How anonymous public submissions (dreams today) are throttled, from the node's configuration.
 *
 * @param maxPerWindow how many submissions one client address may send in a window
 * @param window the sliding window
 * @param trustForwardedFor whether the client address is the last one of X-Forwarded-For (only
 *     behind a reverse proxy that sets it; otherwise any client could pick its own address)
 */
public record SubmissionLimits(int maxPerWindow, Duration window, boolean trustForwardedFor) {

  public SubmissionLimits {
    if (maxPerWindow < 1) {
      throw new IllegalArgumentException("maxPerWindow must be 1 or more");
    }
    if (window == null || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("window must be positive");
    }
  }
}
