// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.follow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import org.essaim.node.application.federation.labels.NationalActor;
import org.essaim.node.application.federation.labels.ReceivedLabels;

/**
 * The label-attested peers: in {@code ALLOW_LIST} network mode with {@code trustLabelled} on, an
 * actor the national node attests as a labelled territory (a valid, verified attestation whose
 * status is LABELLED) is admitted without an allow-list entry, and so is the national actor itself
 * (its attestations could not arrive otherwise). Without a configured national actor nobody is.
 */
@ApplicationScoped
public class LabelAttestations {

  @Inject ReceivedLabels labels;
  @Inject NationalActor national;

  /** Whether the national node attests that the actor is a labelled territory's actor. */
  public boolean attested(URI actorId) {
    return attested().test(actorId);
  }

  /** The same rule, read once for many checks. */
  public Predicate<URI> attested() {
    if (labels == null || national == null || national.actor().isEmpty()) {
      return actor -> false;
    }
    Set<URI> trusted = new HashSet<>(labels.labelled());
    trusted.add(national.actor().get());
    return trusted::contains;
  }
}
