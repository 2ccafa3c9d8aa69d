// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.follow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.essaim.node.domain.model.peer.AllowEntry;
import org.essaim.node.domain.model.peer.NetworkPolicy;
import org.essaim.node.domain.model.peer.NetworkPolicyRepository;
import org.essaim.node.domain.model.peer.PeerBlock;
import org.essaim.node.domain.model.peer.PeerMatch;

/** The policy, blocks and allow-list in memory, for unit tests. */
final class InMemoryPolicies implements NetworkPolicyRepository {

  final NetworkPolicy policy = NetworkPolicy.defaults(Instant.parse("2026-11-01T00:00:00Z"));
  final List<PeerBlock> blocks = new ArrayList<>();
  final List<AllowEntry> allowList = new ArrayList<>();

  @Override
  public NetworkPolicy policy() {
    return policy;
  }

  @Override
  public List<PeerBlock> blocks() {
    return List.copyOf(blocks);
  }

  @Override
  public Optional<PeerBlock> findBlock(UUID id) {
    return blocks.stream().filter(b -> b.id().equals(id)).findFirst();
  }

  @Override
  public Optional<PeerBlock> findBlock(PeerMatch target) {
    return blocks.stream().filter(b -> b.target().equals(target)).findFirst();
  }

  @Override
  public void addBlock(PeerBlock block) {
    blocks.add(block);
  }

  @Override
  public void removeBlock(PeerBlock block) {
    blocks.remove(block);
  }

  @Override
  public List<AllowEntry> allowList() {
    return List.copyOf(allowList);
  }

  @Override
  public void replaceAllowList(List<AllowEntry> entries) {
    allowList.clear();
    allowList.addAll(entries);
  }
}
