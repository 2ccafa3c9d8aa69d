// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.copies;

import java.util.Objects;
import org.essaim.node.application.federation.HandlingOutcome;

/**
 * What storing one remote object did.
 *
 * @param effect the change to the copies
 * @param outcome the outcome as the inbound journal shows it
 */
public record CopyResult(Effect effect, HandlingOutcome outcome) {

  /** The change to the copies. */
  public enum Effect {
    /** A new copy (or a new tombstone). */
    NEW,
    /** An existing copy replaced by a newer version, or deleted. */
    CHANGED,
    /** Nothing to do: already copied (and not newer), or tombstoned. */
    KNOWN,
    /** Refused: not followed, forged, invalid or unreachable. */
    REFUSED
  }

  public CopyResult {
    Objects.requireNonNull(effect, "effect");
    Objects.requireNonNull(outcome, "outcome");
  }

  static CopyResult created(String reason) {
    return new CopyResult(Effect.NEW, HandlingOutcome.processed(reason));
  }

  static CopyResult changed(String reason) {
    return new CopyResult(Effect.CHANGED, HandlingOutcome.processed(reason));
  }

  static CopyResult known(String reason) {
    return new CopyResult(Effect.KNOWN, HandlingOutcome.ignored(reason));
  }

  static CopyResult ignored(String reason) {
    return new CopyResult(Effect.REFUSED, HandlingOutcome.ignored(reason));
  }

  static CopyResult rejected(String reason) {
    return new CopyResult(Effect.REFUSED, HandlingOutcome.rejected(reason));
  }
}
