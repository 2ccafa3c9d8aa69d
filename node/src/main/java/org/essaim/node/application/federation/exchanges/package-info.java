// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * Exchanges between territories about shared method sheets and solutions: replies ({@code
 * Create{Note inReplyTo}}), amendment and replication proposals ({@code Offer}, answered by {@code
 * Accept}/{@code Reject}) and {@code Announce} of a peer's solution; the moderation queue of what
 * peers sent about this territory's objects.
 */
package org.essaim.node.application.federation.exchanges;
