// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.essaim.node.application.federation.follow.LabelAttestations;
import org.essaim.node.domain.model.peer.Admission;
import org.essaim.node.domain.model.peer.AllowEntry;
import org.essaim.node.domain.model.peer.FollowApproval;
import org.essaim.node.domain.model.peer.FollowState;
import org.essaim.node.domain.model.peer.NetworkPolicy;
import org.essaim.node.domain.model.peer.NetworkPolicyRepository;
import org.essaim.node.domain.model.peer.Origins;
import org.essaim.node.domain.model.peer.Peer;
import org.essaim.node.domain.model.peer.PeerBlock;
import org.essaim.node.domain.model.peer.PeerRepository;

/**
 * The peers of this territory and its policy towards them, read from the database on every call
 * (the tables are small, and nothing here can go stale across replicas).
 */
@ApplicationScoped
public class PeerDirectory implements PeerPolicy {

  @Inject PeerRepository peers;
  @Inject NetworkPolicyRepository policies;
  @Inject LabelAttestations attestations;

  /**
   * The admission rule as stored now: network mode, blocks, allow-list, and the label-attested
   * peers when the policy trusts them.
   */
  public Admission admission() {
    NetworkPolicy policy = policies.policy();
    return new Admission(
        policy.networkMode(),
        policies.blocks().stream().map(PeerBlock::target).toList(),
        policies.allowList().stream().map(AllowEntry::target).toList(),
        policy.trustLabelled() ? attestations.attested() : actor -> false);
  }

  /** How follows of this territory are approved. */
  public FollowApproval followApproval() {
    return policies.policy().followApproval();
  }

  @Override
  public boolean admits(URI actorId) {
    return admission().admits(actorId);
  }

  /** Why the actor is not admitted; empty when it is. */
  public Optional<String> refusal(URI actorId) {
    return admission().refusal(actorId);
  }

  @Override
  public boolean follows(URI actorId) {
    return peers
        .findByActor(actorId)
        .filter(p -> p.followingState() == FollowState.ACCEPTED)
        .isPresent();
  }

  @Override
  public boolean mayReadNetwork(URI requester) {
    Admission admission = admission();
    if (!admission.admits(requester)) {
      return false;
    }
    String origin = Origins.origin(requester);
    return peers.list(FollowState.ACCEPTED, null, null, 0, Integer.MAX_VALUE).stream()
        .anyMatch(p -> p.origin().equals(origin) && admission.admits(p.actorId()));
  }

  @Override
  public Set<URI> followerInboxes() {
    Admission admission = admission();
    Set<URI> inboxes = new LinkedHashSet<>();
    for (Peer peer : peers.list(FollowState.ACCEPTED, null, null, 0, Integer.MAX_VALUE)) {
      if (admission.admits(peer.actorId())) {
        inboxes.add(peer.deliveryInbox());
      }
    }
    return inboxes;
  }
}
