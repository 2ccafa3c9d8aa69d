// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.search;

/** Order of search results. */
public enum SearchSort {
  /** Best text match first (title over summary over body), then the most recent. */
  RELEVANCE,
  /** Most recently changed first. */
  RECENT
}
