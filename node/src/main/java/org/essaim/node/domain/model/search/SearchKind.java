// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.search;

/** What can be searched across the network. */
public enum SearchKind {
  PROJECT,
  METHOD_SHEET,
  SOLUTION,
  CHALLENGE,
  EVENT
}
