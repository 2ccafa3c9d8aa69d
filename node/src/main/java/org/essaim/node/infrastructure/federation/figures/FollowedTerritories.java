// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.figures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.essaim.federation.vocab.AsObject;
import org.essaim.federation.vocab.Essaim;
import org.essaim.node.application.NodeMode;
import org.essaim.node.application.TerritoryProfileService;
import org.essaim.node.application.federation.figures.NetworkTerritories;
import org.essaim.node.application.federation.figures.TerritoryTally;
import org.essaim.node.domain.model.peer.FollowState;
import org.essaim.node.domain.model.peer.Peer;
import org.essaim.node.domain.model.peer.PeerRepository;
import org.essaim.node.infrastructure.federation.remote.RemoteActors;

/**
 * The default count of the network's territories: the territories this node follows (accepted),
 * with the {@code labelStatus} of their actor documents (cached as every actor), plus this node's
 * own territory on a territory node. An actor that cannot be read counts as a territory of unknown
 * status; an actor that is not an {@code essaim:Territory} (another aggregator) is not counted.
 */
@ApplicationScoped
public class FollowedTerritories implements NetworkTerritories {

  private static final Logger LOG = Logger.getLogger(FollowedTerritories.class.getName());

  @Inject PeerRepository peers;
  @Inject RemoteActors actors;
  @Inject NodeMode mode;
  @Inject TerritoryProfileService profile;

  @Override
  public TerritoryTally tally() {
    List<String> statuses = new ArrayList<>();
    if (mode == NodeMode.TERRITORY) {
      statuses.add(profile.current().profile().labelStatus().name());
    }
    for (Peer peer : peers.all()) {
      if (peer.followingState() != FollowState.ACCEPTED) {
        continue;
      }
      try {
        AsObject actor = actors.actor(peer.actorId()).asObject();
        if (actor.hasType(Essaim.TERRITORY)) {
          statuses.add(actor.string(Essaim.LABEL_STATUS).orElse(null));
        }
      } catch (RuntimeException e) {
        LOG.log(Level.FINE, "Label status of " + peer.actorId() + " unknown", e);
        statuses.add(null);
      }
    }
    return TerritoryTally.of(statuses);
  }
}
