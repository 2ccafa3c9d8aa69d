// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.essaim.node.infrastructure.federation.http.FetchJournal;
import org.junit.jupiter.api.Test;

class OutboxDeliveryQueueTest {

  private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
  private static final URI ACTIVITY = URI.create("https://grenoble.example/activities/1");

  private final List<Set<URI>> inserted = new ArrayList<>();
  private final List<OutboxEnqueued> fired = new ArrayList<>();
  private final OutboxDeliveryQueue queue = new OutboxDeliveryQueue();

  OutboxDeliveryQueueTest() {
    queue.store =
        new OutboxStore() {
          @Override
          public void insert(URI activityId, byte[] body, Set<URI> inboxes, Instant now) {
            assertThat(activityId).isEqualTo(ACTIVITY);
            assertThat(now).isEqualTo(NOW);
            inserted.add(inboxes);
          }
        };
    queue.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    queue.enqueued = new Recording();
  }

  @Test
  void queuesEachDistinctInboxOnceAndWakesTheWorkers() {
    queue.enqueue(
        ACTIVITY,
        new byte[] {'{', '}'},
        List.of(
            URI.create("https://miramas.example/inbox"),
            URI.create("https://lons.example/inbox"),
            URI.create("https://miramas.example/./inbox"),
            URI.create("https://miramas.example/inbox")));
    assertThat(inserted)
        .containsExactly(
            Set.of(
                URI.create("https://miramas.example/inbox"),
                URI.create("https://lons.example/inbox")));
    assertThat(fired).containsExactly(new OutboxEnqueued(2));
  }

  @Test
  void noInboxNoRowNoWakeUp() {
    queue.enqueue(ACTIVITY, new byte[] {'{', '}'}, List.of());
    assertThat(inserted).isEmpty();
    assertThat(fired).isEmpty();
  }

  @Test
  void aHostIsItsLowerCaseAuthority() {
    assertThat(FetchJournal.hostOf(URI.create("https://Miramas.Example/inbox")))
        .isEqualTo("miramas.example");
    assertThat(FetchJournal.hostOf(URI.create("http://127.0.0.1:8080/inbox")))
        .isEqualTo("127.0.0.1:8080");
  }

  private final class Recording implements Event<OutboxEnqueued> {
    @Override
    public void fire(OutboxEnqueued event) {
      fired.add(event);
    }

    @Override
    public <U extends OutboxEnqueued> CompletionStage<U> fireAsync(U event) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends OutboxEnqueued> CompletionStage<U> fireAsync(
        U event, NotificationOptions options) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Event<OutboxEnqueued> select(Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends OutboxEnqueued> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends OutboxEnqueued> Event<U> select(
        TypeLiteral<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }
  }
}
