// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.essaim.node.infrastructure.federation.delivery.RetryPolicy.Decision;
import org.essaim.node.infrastructure.federation.delivery.RetryPolicy.Kind;
import org.essaim.node.infrastructure.federation.delivery.RetryPolicy.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryPolicyTest {

  private static final Instant QUEUED = Instant.parse("2026-11-23T08:00:00Z");
  private static final Duration INITIAL = Duration.ofSeconds(30);
  private static final Duration MAX = Duration.ofHours(1);
  private static final Duration GIVE_UP = Duration.ofDays(7);

  /** No jitter: random() = 1 gives the full delay. */
  private final RetryPolicy full = new RetryPolicy(INITIAL, MAX, GIVE_UP, () -> 1.0);

  private Decision decide(Outcome outcome, int attempts, Instant now) {
    return full.decide(outcome, attempts, QUEUED, now);
  }

  private static Outcome status(int status) {
    return Outcome.status(status, Optional.empty());
  }

  @ParameterizedTest
  @ValueSource(ints = {200, 201, 202, 204})
  void twoHundredsAreDelivered(int code) {
    assertThat(decide(status(code), 1, QUEUED).kind()).isEqualTo(Kind.DELIVERED);
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 403, 404, 405, 410, 413, 422})
  void otherClientErrorsFailWithoutRetry(int code) {
    Decision decision = decide(status(code), 1, QUEUED);
    assertThat(decision.kind()).isEqualTo(Kind.FAILED);
    assertThat(decision.reason()).contains("HTTP " + code).contains("not retried");
  }

  @ParameterizedTest
  @ValueSource(ints = {301, 302, 307, 308})
  void redirectsAreNotFollowedAndFail(int code) {
    Decision decision = decide(status(code), 1, QUEUED);
    assertThat(decision.kind()).isEqualTo(Kind.FAILED);
    assertThat(decision.reason()).contains("redirect");
  }

  @ParameterizedTest
  @ValueSource(ints = {401, 408, 429, 500, 502, 503, 504})
  void unauthorizedTimeoutsThrottlingAndServerErrorsAreRetried(int code) {
    Decision decision = decide(status(code), 1, QUEUED);
    assertThat(decision.kind()).isEqualTo(Kind.RETRY);
    assertThat(decision.reason()).isEqualTo("HTTP " + code);
    assertThat(decision.nextAttempt()).isEqualTo(QUEUED.plus(INITIAL));
  }

  @Test
  void networkErrorsAreRetriedWithTheirMessage() {
    Decision decision = decide(Outcome.networkError("Connection refused"), 1, QUEUED);
    assertThat(decision.kind()).isEqualTo(Kind.RETRY);
    assertThat(decision.reason()).isEqualTo("Connection refused");
  }

  @Test
  void backoffDoublesFromTheInitialDelay() {
    assertThat(full.backoff(1)).isEqualTo(Duration.ofSeconds(30));
    assertThat(full.backoff(2)).isEqualTo(Duration.ofSeconds(60));
    assertThat(full.backoff(3)).isEqualTo(Duration.ofSeconds(120));
    assertThat(full.backoff(7)).isEqualTo(Duration.ofSeconds(30 * 64));
  }

  @Test
  void backoffIsCappedAtTheMaximum() {
    assertThat(full.backoff(8)).isEqualTo(MAX); // 30 s × 128 = 64 min
    assertThat(full.backoff(60)).isEqualTo(MAX);
    assertThat(full.backoff(Integer.MAX_VALUE)).isEqualTo(MAX);
  }

  @Test
  void jitterTakesAtMostAQuarterOff() {
    RetryPolicy noLuck = new RetryPolicy(INITIAL, MAX, GIVE_UP, () -> 0.0);
    assertThat(noLuck.backoff(1)).isEqualTo(Duration.ofMillis(22_500));
    assertThat(noLuck.backoff(20)).isEqualTo(Duration.ofMinutes(45));
    RetryPolicy half = new RetryPolicy(INITIAL, MAX, GIVE_UP, () -> 0.5);
    assertThat(half.backoff(1)).isBetween(Duration.ofMillis(22_500), INITIAL);
  }

  @Test
  void retryAfterInSecondsIsHonouredFor429And503() {
    Outcome throttled = Outcome.status(429, Optional.of("120"));
    assertThat(decide(throttled, 1, QUEUED).nextAttempt()).isEqualTo(QUEUED.plusSeconds(120));
    Outcome unavailable = Outcome.status(503, Optional.of(" 5 "));
    assertThat(decide(unavailable, 4, QUEUED).nextAttempt()).isEqualTo(QUEUED.plusSeconds(5));
  }

  @Test
  void retryAfterAsAnHttpDateIsHonoured() {
    Outcome throttled = Outcome.status(503, Optional.of("Mon, 23 Nov 2026 08:10:00 GMT"));
    assertThat(decide(throttled, 1, QUEUED).nextAttempt())
        .isEqualTo(Instant.parse("2026-11-23T08:10:00Z"));
  }

  @Test
  void retryAfterIsCappedAtTheMaximumBackoff() {
    Outcome throttled = Outcome.status(429, Optional.of("86400"));
    assertThat(decide(throttled, 1, QUEUED).nextAttempt()).isEqualTo(QUEUED.plus(MAX));
  }

  @Test
  void retryAfterIsIgnoredForOtherStatusesAndWhenUnreadable() {
    assertThat(decide(Outcome.status(500, Optional.of("5")), 1, QUEUED).nextAttempt())
        .isEqualTo(QUEUED.plus(INITIAL));
    assertThat(decide(Outcome.status(429, Optional.of("soon")), 1, QUEUED).nextAttempt())
        .isEqualTo(QUEUED.plus(INITIAL));
  }

  @Test
  void givesUpWhenTheNextAttemptWouldFallAfterSevenDays() {
    Instant almost = QUEUED.plus(GIVE_UP).minus(Duration.ofMinutes(30));
    Decision lastChance = decide(status(503), 100, almost.minus(Duration.ofMinutes(31)));
    assertThat(lastChance.kind()).isEqualTo(Kind.RETRY);
    Decision gaveUp = decide(status(503), 101, almost);
    assertThat(gaveUp.kind()).isEqualTo(Kind.FAILED);
    assertThat(gaveUp.reason()).contains("gave up after PT168H").contains("101 attempts");
    assertThat(gaveUp.reason()).endsWith("last: HTTP 503");
  }

  @Test
  void aLongOutageIsRetriedAboutHourlyForAWeekThenGivenUp() {
    RetryPolicy policy = new RetryPolicy(INITIAL, MAX, GIVE_UP, () -> 0.5);
    Instant now = QUEUED;
    int attempts = 0;
    Decision decision;
    do {
      attempts++;
      decision = policy.decide(Outcome.networkError("Connection refused"), attempts, QUEUED, now);
      if (decision.kind() == Kind.RETRY) {
        assertThat(Duration.between(now, decision.nextAttempt())).isLessThanOrEqualTo(MAX);
        now = decision.nextAttempt();
      }
    } while (decision.kind() == Kind.RETRY);
    assertThat(decision.kind()).isEqualTo(Kind.FAILED);
    assertThat(now).isBefore(QUEUED.plus(GIVE_UP)).isAfter(QUEUED.plus(GIVE_UP).minus(MAX));
    // about 7 days of hourly retries (~0.875 h each with this jitter) after the first minutes
    assertThat(attempts).isBetween(180, 215);
  }
}
