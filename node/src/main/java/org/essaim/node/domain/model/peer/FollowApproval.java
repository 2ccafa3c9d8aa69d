// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.peer;

/**
 * How a Follow of this territory is answered: {@code MANUAL} (an administrator accepts or rejects
 * each request; the actor says {@code manuallyApprovesFollowers: true}) or {@code AUTOMATIC}
 * (accepted at once when the follower is admitted).
 */
public enum FollowApproval {
  MANUAL,
  AUTOMATIC
}
