// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import org.essaim.node.application.federation.HandlingOutcome;
import org.junit.jupiter.api.Test;

/** How a handler's outcome reads in the journal. */
class InboxDispatcherTest {

  @Test
  void outcomesMapToJournalOutcomes() {
    assertThat(InboxDispatcher.journalOutcome(HandlingOutcome.processed("ok")))
        .isEqualTo(JournalOutcome.PROCESSED);
    assertThat(InboxDispatcher.journalOutcome(HandlingOutcome.ignored("no")))
        .isEqualTo(JournalOutcome.IGNORED);
    assertThat(InboxDispatcher.journalOutcome(HandlingOutcome.rejected("bad")))
        .isEqualTo(JournalOutcome.REJECTED);
  }

  @Test
  void reasonsSayWhatHappenedFirst() {
    assertThat(InboxDispatcher.describe(HandlingOutcome.processed("follower recorded")))
        .isEqualTo("processed: follower recorded");
    assertThat(InboxDispatcher.describe(HandlingOutcome.ignored("unsupported type Like")))
        .isEqualTo("ignored: unsupported type Like");
    assertThat(InboxDispatcher.describe(HandlingOutcome.rejected(""))).isEqualTo("rejected");
  }

  @Test
  void journalReasonsAreCapped() {
    assertThat(InboxStore.truncate("x".repeat(2000), 1000)).hasSize(1000).endsWith("…");
    assertThat(InboxStore.truncate(null, 10)).isEmpty();
  }
}
