// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application;

import java.time.Duration;

/** The client sent too many requests of one kind; nothing was done. */
public class TooManyRequestsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  public TooManyRequestsException(String message, Duration retryAfter) {
    super(message);
    this.retryAfter = retryAfter;
  }

  /** How long to wait before the next attempt can succeed: whole seconds, at least one. */
  public long retryAfterSeconds() {
    long seconds = (retryAfter.toMillis() + 999) / 1000;
    return Math.max(1, seconds);
  }
}
