// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.project;

/** Where a project comes from. */
public enum ProjectOrigin {
  /** Born from one of the territory's défis (with the challenge's id). */
  FROM_CHALLENGE,
  /**
   * An existing initiative the territory accelerates (« accélérer les initiatives existantes »).
   */
  ACCELERATED_EXISTING,
  /** Transposed (« essaimage ») from a solution elsewhere, named by its URI. */
  TRANSPOSED_FROM
}
