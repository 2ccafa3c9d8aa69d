// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A sliding-window limit per key (a client address), in memory: a node is one process, and losing
 * the counters on restart only forgives a few submissions. Never more than {@code max} instants are
 * kept per key; keys whose window is over are dropped when the map grows.
 */
public final class RateLimiter {

  private static final int PURGE_ABOVE = 10_000;

  private final int max;
  private final Duration window;
  private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();

  public RateLimiter(int max, Duration window) {
    this.max = max;
    this.window = window;
  }

  /**
   * Counts one attempt for the key.
   *
   * @throws TooManyRequestsException when the key already used up its window
   */
  public void acquire(String key, Instant now) {
    if (attempts.size() > PURGE_ABOVE) {
      purge(now);
    }
    Deque<Instant> recent = attempts.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (recent) {
      Instant horizon = now.minus(window);
      while (!recent.isEmpty() && !recent.peekFirst().isAfter(horizon)) {
        recent.pollFirst();
      }
      if (recent.size() >= max) {
        Duration wait = Duration.between(now, recent.peekFirst().plus(window));
        throw new TooManyRequestsException(
            "too many submissions from your address: at most "
                + max
                + " every "
                + describe(window)
                + "; try again later",
            wait);
      }
      recent.addLast(now);
    }
  }

  private void purge(Instant now) {
    Instant horizon = now.minus(window);
    attempts
        .entrySet()
        .removeIf(
            e -> {
              synchronized (e.getValue()) {
                return e.getValue().isEmpty() || !e.getValue().peekLast().isAfter(horizon);
              }
            });
  }

  private static String describe(Duration window) {
    long minutes = window.toMinutes();
    return minutes > 0 && window.toSeconds() % 60 == 0
        ? minutes + " minute(s)"
        : window.toSeconds() + " second(s)";
  }
}
