// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.collective;

/** How a collective takes its decisions. */
public enum Governance {
  /** An informal group (« collectif informel »). */
  INFORMAL,
  /** An association, with its board. */
  ASSOCIATION,
  /** A SCIC with its colleges of members. */
  SCIC_COLLEGES,
  /** A cooperative (SCOP, CAE…) run by its members. */
  COOPERATIVE,
  /** Led by a carrier organisation. */
  CARRIER_ORGANIZATION,
  OTHER
}
