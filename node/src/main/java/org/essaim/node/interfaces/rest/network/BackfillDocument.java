// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.network;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.essaim.node.application.federation.copies.BackfillRunView;

/** The walk of a followed peer's outbox. */
@Schema(name = "Backfill", description = "The import of what a followed peer shared before.")
public record BackfillDocument(
    @Schema(examples = "https://essaim.vierzon.example/actors/territory") String actor,
    @Schema(description = "RUNNING, DONE or FAILED", examples = "DONE") String state,
    @Schema(description = "The next outbox page to read while RUNNING") String nextPage,
    @Schema(description = "Objects copied or updated", examples = "42") int importedCount,
    @Schema(description = "Outbox items read", examples = "57") int seenCount,
    @Schema(description = "Why it FAILED") String lastError,
    Instant startedAt,
    Instant updatedAt) {

  static BackfillDocument of(BackfillRunView view) {
    return new BackfillDocument(
        view.actor().toString(),
        view.state().name(),
        view.nextPage() == null ? null : view.nextPage().toString(),
        view.importedCount(),
        view.seenCount(),
        view.lastError(),
        view.startedAt().toInstant(),
        view.updatedAt().toInstant());
  }
}
