// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.labels;

import java.net.URI;
import java.util.Optional;

/**
 * The national association's actor whose label attestations this node trusts ({@code
 * essaim.federation.national-actor}); empty when none is configured, and then nobody is labelled.
 *
 * @param actor its id
 */
public record NationalActor(Optional<URI> actor) {

  public NationalActor {
    actor = actor == null ? Optional.empty() : actor;
  }

  public boolean is(URI candidate) {
    return actor.isPresent() && actor.get().equals(candidate);
  }
}
