// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.search;

/**
 * One result.
 *
 * @param entry what the index holds about the object
 * @param snippet an extract of its text with the matched words between {@link #MARK_START} and
 *     {@link #MARK_END}, or null without words
 * @param score text relevance, 0 without words
 */
public record SearchHit(SearchEntry entry, String snippet, double score) {

  /**
   * Start of a matched word in a snippet: a control character indexed text never holds (entries
   * drop them), turned into {@code <mark>} once the snippet is HTML-escaped.
   */
  public static final String MARK_START = "\u0002";

  /** End of a matched word in a snippet. */
  public static final String MARK_END = "\u0003";
}
