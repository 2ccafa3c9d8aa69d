// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.dream;

/** Who sent a dream, in the « 360° » sense of the method: the kind of actor, never a name. */
public enum ContributorType {
  INHABITANT,
  ASSOCIATION,
  COMPANY,
  ELECTED_OFFICIAL,
  OTHER
}
