// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.partner;

/** What a partner brings. */
public enum ContributionKind {
  /** Funding, grants, sponsorship money. */
  MONEY,
  /** Skills-based sponsorship (« mécénat de compétences »), expertise, mentoring. */
  SKILLS,
  /** Rooms, offices, land lent or rented cheaply. */
  PREMISES,
  OTHER
}
