// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation;

import java.util.Objects;

/**
 * What became of an inbound activity, as the inbound journal shows it to administrators.
 *
 * @param status processed, ignored or rejected
 * @param reason why, in a sentence an administrator understands (never a stack trace)
 */
public record HandlingOutcome(Status status, String reason) {

  public enum Status {
    PROCESSED,
    IGNORED,
    REJECTED
  }

  public HandlingOutcome {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reason, "reason");
  }

  public static HandlingOutcome processed(String reason) {
    return new HandlingOutcome(Status.PROCESSED, reason);
  }

  public static HandlingOutcome ignored(String reason) {
    return new HandlingOutcome(Status.IGNORED, reason);
  }

  public static HandlingOutcome rejected(String reason) {
    return new HandlingOutcome(Status.REJECTED, reason);
  }
}
