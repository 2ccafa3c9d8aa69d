// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.delivery;

/**
 * Fired when deliveries were queued; observed after the transaction commits, to wake the workers at
 * once rather than at their next poll.
 */
public record OutboxEnqueued(int deliveries) {}
