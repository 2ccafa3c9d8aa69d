// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation;

import java.net.URI;

/**
 * Imports what a peer already shared, once this territory's follow is accepted: walks the peer's
 * outbox pages in the background, idempotently, resumable after a restart.
 */
public interface Backfill {

  /** Schedules (or resumes) the walk of the followed actor's outbox; returns at once. */
  void startFor(URI followedActor);
}
