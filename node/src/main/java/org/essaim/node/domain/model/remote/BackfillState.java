// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.remote;

/** Where the walk of a peer's outbox stands. */
public enum BackfillState {
  /** Under way, or interrupted by a restart and resumed at start-up. */
  RUNNING,
  /** Reached the end, a page already known, or the item limit. */
  DONE,
  /** Stopped on an error (see the last error); an administrator may start it again. */
  FAILED
}
