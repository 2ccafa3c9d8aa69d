// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.delivery;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.essaim.node.infrastructure.federation.delivery.OutboxStore.Claimed;
import org.essaim.node.infrastructure.federation.http.FederationHttpClient;
import org.essaim.node.infrastructure.federation.http.FetchJournal;
import org.essaim.node.infrastructure.federation.http.RemoteRequestException;
import org.essaim.node.infrastructure.federation.http.RemoteResponse;

/**
 * The delivery workers. A pump, run every second and right after a commit that queued deliveries,
 * claims due deliveries in a short transaction ({@code FOR UPDATE SKIP LOCKED}, a lease in {@code
 * locked_until}), sends each one outside any transaction on the managed executor — in parallel
 * across hosts, one at a time per host — and records the result in another short transaction, only
 * if the claim is still ours (its claim number unchanged: {@link OutboxStore}). Safe with several
 * replicas on one database, and at-least-once: a process killed mid-send leaves a lease that
 * expires, after which the row is due again.
 */
@ApplicationScoped
public class DeliveryWorkers {

  private static final Logger LOG = Logger.getLogger(DeliveryWorkers.class.getName());

  /** How long a claimed row stays ours: longer than two knocks of 10 s each. */
  static final Duration LEASE = Duration.ofSeconds(30);

  /** At most this many sends in flight in this process. */
  static final int MAX_IN_FLIGHT = 16;

  /**
   * A finished send wakes the pump only once this many slots are free, so that one claim (a query
   * over every pending delivery) starts several sends rather than one: the federation bench found a
   * claim per send to be the bound of a fan-out (docs/performance.md).
   */
  static final int REFILL_AT = MAX_IN_FLIGHT / 2;

  @Resource ManagedScheduledExecutorService executor;

  @Inject OutboxStore store;
  @Inject FederationHttpClient client;
  @Inject HostBreakers breakers;
  @Inject FetchJournal journal;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "essaim.federation.delivery.initial-backoff", defaultValue = "PT30S")
  Duration initialBackoff;

  @Inject
  @ConfigProperty(name = "essaim.federation.delivery.max-backoff", defaultValue = "PT1H")
  Duration maxBackoff;

  @Inject
  @ConfigProperty(name = "essaim.federation.delivery.give-up-after", defaultValue = "P7D")
  Duration giveUpAfter;

  private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean pumping = new AtomicBoolean();
  private final AtomicBoolean pumpAgain = new AtomicBoolean();
  private volatile boolean stopping;
  private volatile RetryPolicy retryPolicy;
  private ScheduledFuture<?> poll;
  private ScheduledFuture<?> purge;

  /** Starts polling once the node has started (database up and migrated). */
  void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) Startup event) {
    Random random = new Random();
    retryPolicy = new RetryPolicy(initialBackoff, maxBackoff, giveUpAfter, random::nextDouble);
    poll = executor.scheduleWithFixedDelay(this::pumpSafely, 2, 1, TimeUnit.SECONDS);
    purge = executor.scheduleWithFixedDelay(this::purgeJournal, 1, 60, TimeUnit.MINUTES);
  }

  /** Wakes the pump once the transaction that queued deliveries has committed. */
  void onEnqueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxEnqueued event) {
    if (!stopping && executor != null) {
      executor.execute(this::pumpSafely);
    }
  }

  @PreDestroy
  void stop() {
    stopping = true;
    if (poll != null) {
      poll.cancel(false);
    }
    if (purge != null) {
      purge.cancel(false);
    }
  }

  private void pumpSafely() {
    if (retryPolicy == null || stopping) {
      return;
    }
    pumpAgain.set(true);
    while (pumpAgain.get() && pumping.compareAndSet(false, true)) {
      pumpAgain.set(false);
      try {
        pump();
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Delivery pump failed; next poll in a second", e);
      } finally {
        pumping.set(false);
      }
    }
  }

  private void pump() {
    int room = MAX_IN_FLIGHT - inFlight.size();
    if (room <= 0) {
      return;
    }
    Instant now = clock.instant();
    List<Claimed> claimed =
        store.claim(
            now,
            LEASE,
            room,
            host -> !inFlight.contains(host) && breakers.of(host).tryAcquire(now));
    for (Claimed delivery : claimed) {
      inFlight.add(delivery.host());
      try {
        executor.execute(() -> send(delivery));
      } catch (RuntimeException e) {
        inFlight.remove(delivery.host());
        throw e;
      }
    }
  }

  private void send(Claimed delivery) {
    try {
      RetryPolicy.Outcome outcome;
      try {
        RemoteResponse response = client.post(delivery.inbox(), delivery.body());
        outcome = RetryPolicy.Outcome.status(response.status(), response.header("retry-after"));
      } catch (RemoteRequestException e) {
        outcome = RetryPolicy.Outcome.networkError(e.getMessage());
      }
      record(delivery, outcome);
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "Delivery " + delivery.id() + " not recorded; retried when its lease expires",
          e);
    } finally {
      inFlight.remove(delivery.host());
    }
    // The host is free: its next due delivery may go now rather than at the next poll, once
    // enough slots are free to make the claim worth it.
    if (!stopping && refillNow(inFlight.size())) {
      executor.execute(this::pumpSafely);
    }
  }

  /** Whether a send that just finished, leaving {@code inFlight} sends, should pump again. */
  static boolean refillNow(int inFlight) {
    return MAX_IN_FLIGHT - inFlight >= REFILL_AT;
  }

  private void record(Claimed delivery, RetryPolicy.Outcome outcome) {
    Instant now = clock.instant();
    CircuitBreaker breaker = breakers.of(delivery.host());
    if (outcome.hostFailure()) {
      breaker.onFailure(now);
    } else {
      breaker.onSuccess();
    }
    RetryPolicy.Decision decision =
        retryPolicy.decide(outcome, delivery.attempts() + 1, delivery.createdAt(), now);
    boolean recorded;
    switch (decision.kind()) {
      case DELIVERED:
        recorded = store.delivered(delivery, outcome.status(), now);
        break;
      case RETRY:
        recorded =
            store.retryAt(delivery, outcome.status(), decision.reason(), decision.nextAttempt());
        LOG.fine(() -> "Delivery " + delivery.id() + " retried: " + decision.reason());
        break;
      default:
        recorded = store.failed(delivery, outcome.status(), decision.reason(), now);
        LOG.info(
            () ->
                "Delivery of "
                    + delivery.activityId()
                    + " to "
                    + delivery.inbox()
                    + " failed: "
                    + decision.reason());
        break;
    }
    if (!recorded) {
      // Our lease ran out before the result came back and the delivery was claimed again (here
      // or on another replica), or an administrator queued it again: the newer claim's result
      // stands, this one is dropped. The peer may have received the activity twice; receivers
      // ignore an activity id they already hold.
      LOG.warning(
          () ->
              "Delivery "
                  + delivery.id()
                  + " of "
                  + delivery.activityId()
                  + ": lease lost before its result ("
                  + decision.kind()
                  + ") was recorded; result dropped");
    }
  }

  private void purgeJournal() {
    try {
      int purged = journal.purge();
      if (purged > 0) {
        LOG.info(() -> "Fetch journal: " + purged + " old entries purged");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Fetch journal purge failed", e);
    }
  }
}
