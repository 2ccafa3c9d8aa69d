// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.follow;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;

/**
 * The hook for label-attested peers (issue 6, the national node): in {@code ALLOW_LIST} network
 * mode an actor the national node attests as a labelled territory is admitted without an allow-list
 * entry. Until issue 6 provides the attestations, nobody is attested; issue 6 replaces this bean
 * (or specializes it).
 */
@ApplicationScoped
public class LabelAttestations {

  /** Whether the national node attests that the actor is a labelled territory's actor. */
  public boolean attested(URI actorId) {
    return false;
  }
}
