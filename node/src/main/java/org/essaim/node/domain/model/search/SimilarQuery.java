// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.search;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * The candidates for similar objects: documents of one kind that share key terms with the source
 * (through the lexeme index: never an OR of every word), a most specific theme, a support mode or
 * the défi it answers, that the caller may see.
 *
 * @param terms the source's strongest key terms
 * @param themes the source's most specific themes (candidates sharing one of them)
 * @param supportModes the source's support modes
 * @param answersChallenge the défi the source answers, or null
 * @param excludedObject the source itself
 * @param kind what is suggested
 * @param excludedTerritory a territory whose objects are not suggested (the caller's own for
 *     transferable solutions), or null
 * @param membersOnly true for signed-in members, who also see what is not public
 */
public record SimilarQuery(
    List<KeyTerm> terms,
    List<String> themes,
    List<String> supportModes,
    URI answersChallenge,
    URI excludedObject,
    SearchKind kind,
    URI excludedTerritory,
    boolean membersOnly) {

  /** Candidates kept from the key terms, best text scores first. */
  public static final int TEXT_CANDIDATES = 300;

  /** Postings read per key term, highest weights first: bounds the cost on common words. */
  public static final int POSTINGS_PER_TERM = 2_000;

  /** Candidates kept from a shared theme, a shared support mode, the same défi (each). */
  public static final int OTHER_CANDIDATES = 150;

  public SimilarQuery {
    terms = List.copyOf(terms);
    themes = List.copyOf(themes);
    supportModes = List.copyOf(supportModes);
    Objects.requireNonNull(excludedObject, "excludedObject");
    Objects.requireNonNull(kind, "kind");
  }
}
