// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.peers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import org.essaim.federation.vocab.Actor;
import org.essaim.node.application.federation.follow.RemoteActorSource;
import org.essaim.node.infrastructure.federation.remote.RemoteActors;

/** Remote actors for the follow use cases, from {@link RemoteActors}. */
@ApplicationScoped
public class FetchedRemoteActors implements RemoteActorSource {

  @Inject RemoteActors actors;

  @Override
  public Actor actor(URI id) {
    return actors.actor(id);
  }
}
