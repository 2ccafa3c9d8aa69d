// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.search;

/**
 * One suggestion: what the index holds about it, and its score with the explanation.
 *
 * @param entry the suggested object (its body left out)
 * @param match its score and what it shares with the source
 */
public record SimilarResult(SearchEntry entry, SimilarMatch match) {}
