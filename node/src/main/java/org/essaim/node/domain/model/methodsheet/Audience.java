// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.methodsheet;

/**
 * Whom a sheet is written for (who reads it is {@link org.essaim.node.domain.shared.Visibility}).
 */
public enum Audience {
  /** The territories of the network. */
  NETWORK,
  /** A promotion of territories in training. */
  PROMO,
  /** « Structures et territoires intéressés », beyond the network. */
  PUBLIC
}
