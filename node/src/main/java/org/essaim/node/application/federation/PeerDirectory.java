// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.Set;

/**
 * The peers of this territory and its policy towards them.
 *
 * <p>Placeholder until follows are stored: talks to everyone, follows everyone, has no follower.
 */
@ApplicationScoped
public class PeerDirectory implements PeerPolicy {

  @Override
  public boolean admits(URI actorId) {
    return true;
  }

  @Override
  public boolean follows(URI actorId) {
    return true;
  }

  @Override
  public boolean mayReadNetwork(URI requester) {
    return false;
  }

  @Override
  public Set<URI> followerInboxes() {
    return Set.of();
  }
}
