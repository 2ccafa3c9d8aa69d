// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.delivery;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * What to do after one delivery attempt. Pure: the time and the randomness are given.
 *
 * <ul>
 *   <li>2xx: delivered.
 *   <li>4xx other than 401, 408 and 429, and 3xx (deliveries do not follow redirects): failed for
 *       good, reason stored, never retried.
 *   <li>401, 408, 429, 5xx, any other status and network errors (refused connection, timeout, body
 *       too large): retried after {@code initial × 2^(n-1)} (n = attempts made), at most {@code
 *       max}, minus up to 25 % random jitter so that retries of an outage do not arrive as one
 *       wave; {@code Retry-After} (seconds or HTTP date) replaces it for 429 and 503, still at most
 *       {@code max}.
 *   <li>No attempt is planned later than {@code giveUpAfter} after the delivery was queued: it
 *       fails with the last error as reason.
 * </ul>
 */
public final class RetryPolicy {

  /** What an attempt gave: an HTTP status, or a network error (status null). */
  public record Outcome(Integer status, Optional<String> retryAfter, String error) {

    public static Outcome status(int status, Optional<String> retryAfter) {
      return new Outcome(status, retryAfter, null);
    }

    public static Outcome networkError(String error) {
      return new Outcome(null, Optional.empty(), error);
    }

    /** Whether the host itself looks unwell (counts for its circuit breaker). */
    public boolean hostFailure() {
      return status == null || status >= 500 || status == 408 || status == 429;
    }

    String describe() {
      return status == null ? error : "HTTP " + status;
    }
  }

  /** The decision. */
  public enum Kind {
    DELIVERED,
    RETRY,
    FAILED
  }

  /**
   * @param nextAttempt when to try again (RETRY only)
   * @param reason the error to store (RETRY, FAILED)
   */
  public record Decision(Kind kind, Instant nextAttempt, String reason) {}

  private final Duration initial;
  private final Duration max;
  private final Duration giveUpAfter;
  private final DoubleSupplier random;

  public RetryPolicy(Duration initial, Duration max, Duration giveUpAfter, DoubleSupplier random) {
    if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
      throw new IllegalArgumentException("need 0 < initial backoff <= max backoff");
    }
    this.initial = initial;
    this.max = max;
    this.giveUpAfter = Objects.requireNonNull(giveUpAfter);
    this.random = Objects.requireNonNull(random);
  }

  /**
   * @param attempts the attempts made, this one included (1 after the first)
   * @param queuedAt when the delivery was queued
   * @param now when the attempt ended
   */
  public Decision decide(Outcome outcome, int attempts, Instant queuedAt, Instant now) {
    Integer status = outcome.status();
    if (status != null && status >= 200 && status < 300) {
      return new Decision(Kind.DELIVERED, null, null);
    }
    if (status != null && status >= 300 && status < 400) {
      return new Decision(
          Kind.FAILED, null, "HTTP " + status + ": deliveries do not follow redirects");
    }
    if (status != null
        && status >= 400
        && status < 500
        && status != 401
        && status != 408
        && status != 429) {
      return new Decision(
          Kind.FAILED, null, "HTTP " + status + ": refused by the inbox, not retried");
    }
    Duration delay = backoff(attempts);
    if (status != null && (status == 429 || status == 503)) {
      Optional<Duration> asked = outcome.retryAfter().flatMap(v -> parseRetryAfter(v, now));
      if (asked.isPresent()) {
        delay = asked.get().compareTo(max) > 0 ? max : asked.get();
      }
    }
    Instant next = now.plus(delay);
    Instant deadline = queuedAt.plus(giveUpAfter);
    if (next.isAfter(deadline)) {
      return new Decision(
          Kind.FAILED,
          null,
          "gave up after "
              + giveUpAfter
              + " and "
              + attempts
              + " attempts; last: "
              + outcome.describe());
    }
    return new Decision(Kind.RETRY, next, outcome.describe());
  }

  /** The jittered delay after {@code attempts} attempts: in [0.75 d, d], d capped at max. */
  Duration backoff(int attempts) {
    int exponent = Math.max(0, Math.min(attempts - 1, 40));
    Duration full;
    if (exponent >= 31 || initial.toMillis() > max.toMillis() / (1L << Math.min(exponent, 30))) {
      full = max;
    } else {
      full = initial.multipliedBy(1L << exponent);
      if (full.compareTo(max) > 0) {
        full = max;
      }
    }
    double factor = 0.75 + 0.25 * Math.min(1.0, Math.max(0.0, random.getAsDouble()));
    return Duration.ofMillis(Math.max(1, (long) (full.toMillis() * factor)));
  }

  /** Retry-After as delay-seconds or an HTTP date; empty when unreadable. */
  static Optional<Duration> parseRetryAfter(String value, Instant now) {
    String v = value.strip();
    try {
      long seconds = Long.parseLong(v);
      return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
    } catch (NumberFormatException e) {
      // an HTTP date, then
    }
    try {
      Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      return Optional.of(at.isBefore(now) ? Duration.ZERO : Duration.between(now, at));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
