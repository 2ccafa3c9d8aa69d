// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * Delivery of this territory's activities: the transactional outbox in PostgreSQL, its workers,
 * retries with backoff and the per-host circuit breaker.
 */
package org.essaim.node.infrastructure.federation.delivery;
