// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.essaim.node.application.federation.HandlingOutcome;
import org.essaim.node.infrastructure.startup.NodeStartup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The worker's loop: every due activity dispatched, a failure handed back for a retry. */
class InboxWorkerTest {

  final Deque<InboxStore.Claimed> queue = new ArrayDeque<>();
  final List<String> events = new ArrayList<>();
  boolean started = true;
  InboxWorker worker;

  static InboxStore.Claimed claimed(long id, int attempt) {
    return new InboxStore.Claimed(
        id,
        URI.create("https://grenoble.example/activities/" + id),
        "Follow",
        URI.create("https://grenoble.example/actors/territory"),
        "{}",
        OffsetDateTime.now(),
        attempt,
        id);
  }

  @BeforeEach
  void setUp() {
    worker = new InboxWorker();
    worker.startup =
        new NodeStartup() {
          @Override
          public boolean isStarted() {
            return started;
          }
        };
    worker.store =
        new InboxStore() {
          @Override
          public Optional<Claimed> claim(Duration lease) {
            events.add("claim");
            return Optional.ofNullable(queue.poll());
          }

          @Override
          public boolean failed(Claimed claimed, String error) {
            events.add("failed " + claimed.id() + " " + error);
            return true;
          }
        };
    worker.dispatcher =
        new InboxDispatcher() {
          @Override
          public HandlingOutcome dispatch(InboxStore.Claimed claimed) {
            if (claimed.id() == 4) {
              // What the transaction interceptor hands back when the completion was refused.
              throw new IllegalStateException("rolled back", new LeaseLostException(claimed));
            }
            if (claimed.id() == 2) {
              throw new IllegalStateException(
                  "wrapped", new IllegalArgumentException("database down"));
            }
            events.add("dispatched " + claimed.id());
            return HandlingOutcome.processed("ok");
          }
        };
  }

  @Test
  void everyDueActivityIsDispatchedAndAFailureGoesBackToTheStore() {
    queue.add(claimed(1, 1));
    queue.add(claimed(2, 3));
    queue.add(claimed(3, 1));
    worker.drain();
    assertThat(events)
        .containsExactly(
            "claim",
            "dispatched 1",
            "claim",
            "failed 2 IllegalArgumentException: database down",
            "claim",
            "dispatched 3",
            "claim");
  }

  @Test
  void aLostLeaseIsNeitherRetriedNorRecordedAsAFailure() {
    queue.add(claimed(4, 1));
    queue.add(claimed(3, 1));
    worker.drain();
    assertThat(events).containsExactly("claim", "claim", "dispatched 3", "claim");
  }

  @Test
  void nothingIsClaimedBeforeTheNodeHasStarted() {
    started = false;
    queue.add(claimed(1, 1));
    worker.drain();
    assertThat(events).isEmpty();
  }
}
