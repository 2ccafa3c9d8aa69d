// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.collective;

/** What a member does in a collective. */
public enum MemberRole {
  /** Porteur·se: carries the project. */
  PORTEUR,
  /** Co-porteur·se. */
  CO_PORTEUR,
  /** Bénévole. */
  BENEVOLE,
  /** A partner (usually an organisation). */
  PARTENAIRE,
  /** An inhabitant involved. */
  HABITANT
}
