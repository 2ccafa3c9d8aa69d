// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.essaim.node.infrastructure.federation.delivery.CircuitBreaker.State;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

  private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");
  private final CircuitBreaker breaker = new CircuitBreaker(5, Duration.ofMinutes(1));

  private void fail(int times, Instant at) {
    for (int i = 0; i < times; i++) {
      assertThat(breaker.tryAcquire(at)).isTrue();
      breaker.onFailure(at);
    }
  }

  @Test
  void staysClosedBelowFiveConsecutiveFailures() {
    fail(4, T0);
    assertThat(breaker.state(T0)).isEqualTo(State.CLOSED);
    assertThat(breaker.tryAcquire(T0)).isTrue();
    assertThat(breaker.tryAcquire(T0)).isTrue();
    assertThat(breaker.nextProbe()).isEmpty();
  }

  @Test
  void aSuccessResetsTheCount() {
    fail(4, T0);
    breaker.onSuccess();
    fail(4, T0);
    assertThat(breaker.state(T0)).isEqualTo(State.CLOSED);
    assertThat(breaker.consecutiveFailures()).isEqualTo(4);
  }

  @Test
  void opensAfterFiveConsecutiveFailures() {
    fail(5, T0);
    assertThat(breaker.state(T0)).isEqualTo(State.OPEN);
    assertThat(breaker.nextProbe()).contains(T0.plusSeconds(60));
    assertThat(breaker.tryAcquire(T0.plusSeconds(1))).isFalse();
    assertThat(breaker.tryAcquire(T0.plusSeconds(59))).isFalse();
  }

  @Test
  void allowsOneProbePerMinuteWhileOpen() {
    fail(5, T0);
    Instant due = T0.plusSeconds(60);
    assertThat(breaker.state(due)).isEqualTo(State.HALF_OPEN);
    assertThat(breaker.tryAcquire(due)).isTrue(); // the probe
    assertThat(breaker.tryAcquire(due)).isFalse(); // everything else waits
    assertThat(breaker.tryAcquire(due.plusSeconds(30))).isFalse();
    breaker.onFailure(due.plusSeconds(10)); // the probe failed
    assertThat(breaker.state(due.plusSeconds(30))).isEqualTo(State.OPEN);
    assertThat(breaker.tryAcquire(due.plusSeconds(69))).isFalse();
    assertThat(breaker.tryAcquire(due.plusSeconds(70))).isTrue(); // next probe, a minute later
  }

  @Test
  void aProbeThatNeverReportsDoesNotBlockForever() {
    fail(5, T0);
    assertThat(breaker.tryAcquire(T0.plusSeconds(60))).isTrue();
    // no outcome recorded (process busy, lease expired…): another probe a minute later
    assertThat(breaker.tryAcquire(T0.plusSeconds(119))).isFalse();
    assertThat(breaker.tryAcquire(T0.plusSeconds(120))).isTrue();
  }

  @Test
  void aSuccessfulProbeClosesIt() {
    fail(5, T0);
    assertThat(breaker.tryAcquire(T0.plusSeconds(60))).isTrue();
    breaker.onSuccess();
    assertThat(breaker.state(T0.plusSeconds(61))).isEqualTo(State.CLOSED);
    assertThat(breaker.tryAcquire(T0.plusSeconds(61))).isTrue();
    assertThat(breaker.tryAcquire(T0.plusSeconds(61))).isTrue();
    assertThat(breaker.nextProbe()).isEmpty();
  }

  @Test
  void aDayLongOutageCostsOneProbePerMinute() {
    fail(5, T0);
    int probes = 0;
    for (Instant t = T0; t.isBefore(T0.plus(Duration.ofDays(1))); t = t.plusSeconds(1)) {
      if (breaker.tryAcquire(t)) {
        probes++;
        breaker.onFailure(t);
      }
    }
    assertThat(probes).isEqualTo(24 * 60 - 1);
  }
}
