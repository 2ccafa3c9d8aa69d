// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.figures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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
import org.essaim.node.domain.model.registry.LabelStatus;
import org.essaim.node.domain.model.registry.TerritoryEntry;
import org.essaim.node.domain.model.registry.TerritoryEntryRepository;
import org.essaim.node.infrastructure.federation.remote.RemoteActors;

/**
 * The count of the network's territories. On an aggregator whose registry holds entries, the
 * registry is the authority: every entry with the status the association's admins gave it
 * (prospects, candidates and deferred candidates are not yet territories of the network). Otherwise
 * (a territory node, or an aggregator not yet using its registry): the territories this node
 * follows (accepted), with the {@code labelStatus} of their actor documents (cached as every
 * actor), plus this node's own territory on a territory node. An actor that cannot be read counts
 * as a territory of unknown status; an actor that is not an {@code essaim:Territory} (another
 * aggregator) is not counted.
 */
@ApplicationScoped
public class FollowedTerritories implements NetworkTerritories {

  /** Registry statuses before the eligibility committee's yes. */
  static final Set<LabelStatus> NOT_YET_IN_NETWORK =
      EnumSet.of(LabelStatus.PROSPECT, LabelStatus.CANDIDATE, LabelStatus.DEFERRED);

  private static final Logger LOG = Logger.getLogger(FollowedTerritories.class.getName());

  @Inject PeerRepository peers;
  @Inject RemoteActors actors;
  @Inject NodeMode mode;
  @Inject TerritoryProfileService profile;

  @Inject TerritoryEntryRepository registry;

  @Override
  public TerritoryTally tally() {
    if (mode == NodeMode.AGGREGATOR) {
      List<TerritoryEntry> entries = registry.list(null, null, null, 0, Integer.MAX_VALUE);
      if (!entries.isEmpty()) {
        return TerritoryTally.of(
            entries.stream()
                .map(TerritoryEntry::labelStatus)
                .filter(status -> !NOT_YET_IN_NETWORK.contains(status))
                .map(LabelStatus::name)
                .toList());
      }
    }
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
