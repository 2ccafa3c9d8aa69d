// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.peer;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Whether this territory talks to a remote actor: blocks always win; in {@link NetworkMode#OPEN}
 * everyone else is admitted; in {@link NetworkMode#ALLOW_LIST} only actors an allow-list entry
 * designates, or that the attestation hook vouches for (label-attested peers, issue 6; nobody until
 * then).
 *
 * @param mode the network mode
 * @param blocks the blocks
 * @param allowList the allow-list entries
 * @param attested the attestation hook (issue 6)
 */
public record Admission(
    NetworkMode mode, List<PeerMatch> blocks, List<PeerMatch> allowList, Predicate<URI> attested) {

  public Admission {
    Objects.requireNonNull(mode, "mode");
    blocks = List.copyOf(blocks);
    allowList = List.copyOf(allowList);
    Objects.requireNonNull(attested, "attested");
  }

  public boolean admits(URI actorId) {
    return refusal(actorId).isEmpty();
  }

  /** Why the actor is not admitted, for journals and logs; empty when it is. */
  public Optional<String> refusal(URI actorId) {
    for (PeerMatch block : blocks) {
      if (block.matches(actorId)) {
        return Optional.of("blocked (" + block + ")");
      }
    }
    if (mode == NetworkMode.ALLOW_LIST
        && allowList.stream().noneMatch(entry -> entry.matches(actorId))
        && !attested.test(actorId)) {
      return Optional.of("not on the allow-list (closed network)");
    }
    return Optional.empty();
  }
}
