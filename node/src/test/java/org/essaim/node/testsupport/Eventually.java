// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.testsupport;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Polls for what another process does asynchronously (a delivery, an inbox worker, a backfill):
 * never a fixed sleep, always a deadline and a message that says what did not happen.
 */
public final class Eventually {

  private Eventually() {}

  /** The first present value within {@code timeout}, else an AssertionError naming {@code what}. */
  public static <T> T await(String what, Duration timeout, Supplier<Optional<T>> probe) {
    long deadline = System.nanoTime() + timeout.toNanos();
    RuntimeException last = null;
    while (true) {
      try {
        Optional<T> value = probe.get();
        if (value.isPresent()) {
          return value.get();
        }
      } catch (RuntimeException e) {
        last = e; // e.g. a node restarting: try again until the deadline
      }
      if (System.nanoTime() > deadline) {
        AssertionError error = new AssertionError("Timed out after " + timeout + ": " + what);
        if (last != null) {
          error.initCause(last);
        }
        throw error;
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("Interrupted while waiting for " + what, e);
      }
    }
  }

  /** Waits until {@code condition} holds. */
  public static void until(String what, Duration timeout, Supplier<Boolean> condition) {
    await(what, timeout, () -> condition.get() ? Optional.of(Boolean.TRUE) : Optional.empty());
  }
}
