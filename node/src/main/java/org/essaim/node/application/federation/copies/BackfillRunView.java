// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.copies;

import java.net.URI;
import java.time.OffsetDateTime;
import org.essaim.node.domain.model.remote.BackfillRun;
import org.essaim.node.domain.model.remote.BackfillState;

/**
 * The walk of a peer's outbox, as administrators see it.
 *
 * @param actor the followed actor
 * @param state running, done or failed
 * @param nextPage the next page to read, or null
 * @param importedCount objects copied or updated so far
 * @param seenCount outbox items read so far
 * @param lastError why it failed, or null
 * @param startedAt when this walk started
 * @param updatedAt when it last progressed
 */
public record BackfillRunView(
    URI actor,
    BackfillState state,
    URI nextPage,
    int importedCount,
    int seenCount,
    String lastError,
    OffsetDateTime startedAt,
    OffsetDateTime updatedAt) {

  static BackfillRunView of(BackfillRun run) {
    return new BackfillRunView(
        run.actor(),
        run.state(),
        run.nextPage().orElse(null),
        run.importedCount(),
        run.seenCount(),
        run.lastError().orElse(null),
        run.startedAt(),
        run.updatedAt());
  }
}
