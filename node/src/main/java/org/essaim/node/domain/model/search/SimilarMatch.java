// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.search;

import java.net.URI;
import java.util.List;

/**
 * A scored candidate and why it is suggested.
 *
 * @param objectUri the suggested object
 * @param score the weighted sum of the parts below, from 0 to 1
 * @param text cosine of the pruned term vectors
 * @param themes Jaccard index of the theme sets (ancestors included)
 * @param supportModes Jaccard index of the support mode sets
 * @param sameChallenge whether both answer the same défi
 * @param sharedThemes the most specific themes both have
 * @param sharedSupportModes the support modes both have
 * @param sharedTerms the key terms both have, as the source writes them, strongest first
 */
public record SimilarMatch(
    URI objectUri,
    double score,
    double text,
    double themes,
    double supportModes,
    boolean sameChallenge,
    List<String> sharedThemes,
    List<String> sharedSupportModes,
    List<String> sharedTerms) {

  public SimilarMatch {
    sharedThemes = List.copyOf(sharedThemes);
    sharedSupportModes = List.copyOf(sharedSupportModes);
    sharedTerms = List.copyOf(sharedTerms);
  }
}
