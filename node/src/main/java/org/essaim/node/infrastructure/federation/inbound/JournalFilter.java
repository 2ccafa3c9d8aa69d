// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.inbound;

import java.util.Optional;

/**
 * Which journal entries to list.
 *
 * @param outcome only this outcome
 * @param actor only this remote actor id
 * @param host only actors of this host (case-insensitive)
 * @param activity only this activity id
 */
public record JournalFilter(
    Optional<JournalOutcome> outcome,
    Optional<String> actor,
    Optional<String> host,
    Optional<String> activity) {

  public static JournalFilter none() {
    return new JournalFilter(
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }
}
