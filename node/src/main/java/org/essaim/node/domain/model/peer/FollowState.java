// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.peer;

/**
 * The state of one follow (theirs of this territory, or this territory's of them).
 *
 * <ul>
 *   <li>{@code NONE}: no follow (never asked, undone, or removed);
 *   <li>{@code PENDING}: the Follow was sent (or received) and awaits an Accept or a Reject;
 *   <li>{@code ACCEPTED}: the follow holds;
 *   <li>{@code REJECTED}: the followed side refused (or removed) it.
 * </ul>
 */
public enum FollowState {
  NONE,
  PENDING,
  ACCEPTED,
  REJECTED
}
