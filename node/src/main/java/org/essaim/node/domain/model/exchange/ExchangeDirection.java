// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.exchange;

/** Whether this territory sent the exchange or received it from a peer. */
public enum ExchangeDirection {
  SENT,
  RECEIVED
}
