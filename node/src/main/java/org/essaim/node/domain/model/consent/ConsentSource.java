// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.consent;

/** Where a consent was given: with a dream, or when a person joined a project collective. */
public enum ConsentSource {
  DREAM,
  COLLECTIVE_MEMBERSHIP
}
