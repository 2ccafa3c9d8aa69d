// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.inbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.essaim.federation.FederationException;
import org.essaim.federation.jsonld.ActivityStreamsCodec;
import org.essaim.federation.vocab.Activity;
import org.essaim.node.application.federation.HandlingOutcome;
import org.essaim.node.application.federation.InboundActivity;
import org.essaim.node.application.federation.InboundActivityHandler;

/**
 * Hands a claimed activity to the {@link InboundActivityHandler} whose types hold its type, inside
 * one transaction with the journal update: the handler's work and "processed" commit together, or
 * neither does (an exception rolls both back, and the worker retries).
 */
@ApplicationScoped
public class InboxDispatcher {

  @Inject @Any Instance<InboundActivityHandler> handlers;
  @Inject InboxStore store;

  private final ActivityStreamsCodec codec = new ActivityStreamsCodec();

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public HandlingOutcome dispatch(InboxStore.Claimed claimed) {
    HandlingOutcome outcome = outcome(claimed);
    store.complete(claimed, journalOutcome(outcome), describe(outcome));
    return outcome;
  }

  private HandlingOutcome outcome(InboxStore.Claimed claimed) {
    Optional<InboundActivityHandler> handler = handlerFor(claimed.activityType());
    if (handler.isEmpty()) {
      return HandlingOutcome.ignored("unsupported type " + claimed.activityType());
    }
    Activity activity;
    try {
      activity = new Activity(codec.read(claimed.document().getBytes(StandardCharsets.UTF_8)));
    } catch (FederationException e) {
      return HandlingOutcome.rejected("unreadable on second reading: " + e.getMessage());
    }
    return handler
        .get()
        .handle(
            new InboundActivity(
                claimed.activityId(),
                claimed.activityType(),
                claimed.actor(),
                activity,
                claimed.document(),
                claimed.receivedAt()));
  }

  Optional<InboundActivityHandler> handlerFor(String type) {
    for (InboundActivityHandler handler : handlers) {
      if (handler.types().contains(type)) {
        return Optional.of(handler);
      }
    }
    return Optional.empty();
  }

  static JournalOutcome journalOutcome(HandlingOutcome outcome) {
    switch (outcome.status()) {
      case PROCESSED:
        return JournalOutcome.PROCESSED;
      case IGNORED:
        return JournalOutcome.IGNORED;
      default:
        return JournalOutcome.REJECTED;
    }
  }

  static String describe(HandlingOutcome outcome) {
    String prefix =
        outcome.status() == HandlingOutcome.Status.PROCESSED
            ? "processed"
            : outcome.status().name().toLowerCase(java.util.Locale.ROOT);
    return outcome.reason().isBlank() ? prefix : prefix + ": " + outcome.reason();
  }
}
