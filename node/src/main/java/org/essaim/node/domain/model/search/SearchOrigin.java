// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.search;

/** Whether an indexed object is this node's own or a copy of a peer's. */
public enum SearchOrigin {
  LOCAL,
  REMOTE
}
