// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * Follows between territory nodes: the Follow/Accept/Reject/Undo handlers, what administrators do
 * with peers (follow, unfollow, approve, remove, block) and the network policy. Activities are
 * built with the protocol library's vocabulary ({@link
 * org.essaim.node.application.federation.follow.FollowActivities}) and queued with the {@link
 * org.essaim.node.application.federation.DeliveryQueue} in the same transaction as the state
 * change.
 */
package org.essaim.node.application.federation.follow;
