// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.search;

import java.net.URI;
import java.util.List;

/**
 * A document that may be similar, with what scoring needs.
 *
 * @param objectUri its id
 * @param themes its theme keys with their ancestors
 * @param supportModes its support mode keys
 * @param answersChallenge the défi it answers, or null
 * @param text the sum of the products of the weights of the key terms it shares with the source
 *     (the cosine of the pruned vectors), 0 when it shares none
 * @param sharedLexemes those shared key terms, the source's strongest first
 */
public record SimilarCandidate(
    URI objectUri,
    List<String> themes,
    List<String> supportModes,
    URI answersChallenge,
    double text,
    List<String> sharedLexemes) {

  public SimilarCandidate {
    themes = List.copyOf(themes == null ? List.of() : themes);
    supportModes = List.copyOf(supportModes == null ? List.of() : supportModes);
    sharedLexemes = List.copyOf(sharedLexemes == null ? List.of() : sharedLexemes);
  }
}
