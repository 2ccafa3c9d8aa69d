// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.challenge;

import java.util.Optional;
import java.util.Set;

/**
 * Which défis to list, oldest first (the order the team wrote them in).
 *
 * @param campaignId only this campaign's, if given
 * @param states only défis in these states (never empty)
 * @param theme only défis with this theme key or a narrower one
 * @param text French full-text search over title and statement, accents ignored
 * @param publicOnly only défis the public may read: of a public campaign, readable visibility
 */
public record ChallengeSearch(
    Optional<Long> campaignId,
    Set<ChallengeState> states,
    Optional<String> theme,
    Optional<String> text,
    boolean publicOnly) {

  public ChallengeSearch {
    if (states == null || states.isEmpty()) {
      throw new IllegalArgumentException("at least one state");
    }
    states = Set.copyOf(states);
    theme = theme.filter(t -> !t.isBlank()).map(String::strip);
    text = text.filter(t -> !t.isBlank()).map(String::strip);
  }
}
