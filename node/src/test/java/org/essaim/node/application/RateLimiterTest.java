// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

  private static final Instant T0 = Instant.parse("2024-06-08T10:00:00Z");

  @Test
  void allowsTheLimitPerWindowAndSaysWhenToRetry() {
    RateLimiter limiter = new RateLimiter(3, Duration.ofMinutes(10));
    limiter.acquire("192.0.2.1", T0);
    limiter.acquire("192.0.2.1", T0.plusSeconds(60));
    limiter.acquire("192.0.2.1", T0.plusSeconds(120));
    assertThatThrownBy(() -> limiter.acquire("192.0.2.1", T0.plusSeconds(180)))
        .isInstanceOf(TooManyRequestsException.class)
        .extracting(e -> ((TooManyRequestsException) e).retryAfterSeconds())
        .isEqualTo(420L);
    // Another address has its own window.
    limiter.acquire("192.0.2.2", T0.plusSeconds(180));
    // Once the oldest attempt leaves the window, one more is allowed.
    limiter.acquire("192.0.2.1", T0.plusSeconds(600).plusMillis(1));
  }

  @Test
  void retryAfterIsAtLeastOneSecond() {
    assertThat(new TooManyRequestsException("x", Duration.ofMillis(10)).retryAfterSeconds())
        .isEqualTo(1);
  }
}
