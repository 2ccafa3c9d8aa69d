// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.exchange;

/**
 * Where an exchange stands. Offers (both directions): PENDING, then ACCEPTED or REJECTED. A reply
 * or an Announce sent: SENT. A reply received: VISIBLE to the team, or HIDDEN.
 */
public enum ExchangeState {
  SENT,
  PENDING,
  ACCEPTED,
  REJECTED,
  VISIBLE,
  HIDDEN
}
