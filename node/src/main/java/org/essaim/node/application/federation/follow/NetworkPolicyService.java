// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.follow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.essaim.node.application.ConflictException;
import org.essaim.node.application.NotFoundException;
import org.essaim.node.application.StaleVersionException;
import org.essaim.node.domain.model.peer.AllowEntry;
import org.essaim.node.domain.model.peer.FollowApproval;
import org.essaim.node.domain.model.peer.NetworkMode;
import org.essaim.node.domain.model.peer.NetworkPolicy;
import org.essaim.node.domain.model.peer.NetworkPolicyRepository;
import org.essaim.node.domain.model.peer.PeerBlock;
import org.essaim.node.domain.model.peer.PeerMatch;

/** The federation policy, the allow-list and the blocks, as administrators change them. */
@ApplicationScoped
public class NetworkPolicyService {

  @Inject NetworkPolicyRepository policies;
  @Inject FollowService follows;

  Clock clock = Clock.systemUTC();

  @Transactional
  public PolicyView policy() {
    return view(policies.policy());
  }

  /**
   * Replaces the policy and the allow-list. Switching follow approval to AUTOMATIC accepts the
   * pending requests of admitted actors (as Mastodon does when an account is unlocked). Switching
   * to ALLOW_LIST ends no follow: actors left out are no longer admitted (nothing is accepted from
   * or sent to them) until listed again.
   *
   * @throws StaleVersionException when {@code expectedVersion} is not the stored one
   */
  @Transactional
  public PolicyView change(
      FollowApproval approval,
      NetworkMode mode,
      List<PeerMatch> allowList,
      OptionalLong expectedVersion,
      String by) {
    return change(approval, mode, allowList, null, expectedVersion, by);
  }

  /**
   * As {@link #change(FollowApproval, NetworkMode, List, OptionalLong, String)}, and whether
   * territories labelled by the national node are trusted in ALLOW_LIST mode.
   *
   * @param trustLabelled null to keep the stored choice
   */
  @Transactional
  public PolicyView change(
      FollowApproval approval,
      NetworkMode mode,
      List<PeerMatch> allowList,
      Boolean trustLabelled,
      OptionalLong expectedVersion,
      String by) {
    NetworkPolicy policy = policies.policy();
    StaleVersionException.requireCurrent(expectedVersion, policy.version());
    boolean nowAutomatic =
        policy.followApproval() == FollowApproval.MANUAL && approval == FollowApproval.AUTOMATIC;
    policy.change(
        approval,
        mode,
        trustLabelled == null ? policy.trustLabelled() : trustLabelled,
        by,
        clock.instant());
    List<AllowEntry> entries =
        new LinkedHashSet<>(allowList)
            .stream().map(m -> new AllowEntry(UUID.randomUUID(), m, clock.instant())).toList();
    policies.replaceAllowList(entries);
    if (nowAutomatic) {
      follows.acceptPendingFollowers();
    }
    return view(policy);
  }

  public List<PeerBlock> blocks() {
    return policies.blocks();
  }

  /**
   * Blocks an actor or a host, and ends the follows of what it designates, both ways (a Reject of
   * their follow, an Undo of ours, queued before the block is stored).
   *
   * @throws ConflictException when it is already blocked
   */
  @Transactional
  public PeerBlock block(PeerMatch target, String reason, String by) {
    if (policies.findBlock(target).isPresent()) {
      throw new ConflictException("This " + target + " is already blocked.");
    }
    follows.endFollows(target::matches);
    PeerBlock block = new PeerBlock(UUID.randomUUID(), target, reason, by, clock.instant());
    policies.addBlock(block);
    return block;
  }

  /** Lifts a block (follows ended by it stay ended). */
  @Transactional
  public void unblock(UUID id) {
    PeerBlock block =
        policies.findBlock(id).orElseThrow(() -> new NotFoundException("No block " + id + "."));
    policies.removeBlock(block);
  }

  private PolicyView view(NetworkPolicy policy) {
    return new PolicyView(
        policy.followApproval(),
        policy.networkMode(),
        policies.allowList().stream().map(AllowEntry::target).toList(),
        policy.trustLabelled(),
        policy.updatedAt(),
        policy.updatedBy(),
        policy.version());
  }
}
