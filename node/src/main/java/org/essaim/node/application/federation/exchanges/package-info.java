// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * Exchanges between territories about shared method sheets and solutions: replies ({@code
 * Create{Note inReplyTo}}), amendment and replication proposals ({@code Offer}, answered by {@code
 * Accept}/{@code Reject}) and {@code Announce} of a peer's solution; the moderation queue of what
 * peers sent about this territory's objects; introductions between projects of two territories
 * ({@code Offer{SimilarProjectLink}}, answered by {@code Accept}/{@code Reject}, withdrawn by
 * {@code Undo}) and the links they make.
 */
package org.essaim.node.application.federation.exchanges;
