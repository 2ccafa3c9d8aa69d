// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.essaim.node.application.Page;
import org.essaim.node.application.PageRequest;

/**
 * What administrators see of outbound federation: deliveries of the outbox with their state, the
 * peer hosts with their circuit breaker, and the journal of remote fetches.
 */
public interface DeliveryStatus {

  /** Where a delivery stands. */
  enum State {
    PENDING,
    DELIVERED,
    FAILED
  }

  /**
   * One activity to one inbox.
   *
   * @param lastError the last error, or why it failed for good
   * @param activityType the activity's type (Create, Update, Offer, Accept…), or null
   */
  record DeliveryView(
      long id,
      URI activityId,
      URI inbox,
      String host,
      State state,
      int attempts,
      OffsetDateTime nextAttemptAt,
      Integer lastStatus,
      String lastError,
      OffsetDateTime deliveredAt,
      OffsetDateTime createdAt,
      String activityType) {}

  /**
   * One peer host (host[:port] of its inboxes).
   *
   * @param breaker CLOSED, OPEN (waiting for its next probe) or HALF_OPEN (a probe is due)
   */
  record HostView(
      String host,
      long pending,
      long delivered,
      long failed,
      String breaker,
      int consecutiveFailures,
      OffsetDateTime nextProbeAt) {}

  /** One remote fetch (signed GET). */
  record FetchView(
      long id,
      String url,
      String host,
      Integer status,
      String error,
      long durationMs,
      OffsetDateTime fetchedAt) {}

  /** Deliveries, newest first, filtered by state, host and activity id when given. */
  Page<DeliveryView> deliveries(
      Optional<State> state, Optional<String> host, Optional<String> activity, PageRequest page);

  /** Every host deliveries were queued for, by name. */
  List<HostView> hosts();

  /**
   * Makes a pending or failed delivery due now.
   *
   * @throws org.essaim.node.application.NotFoundException no such delivery
   * @throws org.essaim.node.application.ConflictException it was delivered already
   */
  DeliveryView retry(long id);

  /**
   * Fetches a remote document now, signed by the instance actor, through the address policy and the
   * client's limits (a diagnostic for operators); the body is not returned.
   *
   * @return the journal entry of that fetch
   */
  FetchView fetchNow(URI url);

  /** Remote fetches, newest first, filtered by host when given. */
  Page<FetchView> fetches(Optional<String> host, PageRequest page);
}
