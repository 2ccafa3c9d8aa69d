// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.peer;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The policy row, the blocks and the allow-list, as stored. */
public interface NetworkPolicyRepository {

  /** The one policy row (created by the migration). */
  NetworkPolicy policy();

  List<PeerBlock> blocks();

  Optional<PeerBlock> findBlock(UUID id);

  Optional<PeerBlock> findBlock(PeerMatch target);

  void addBlock(PeerBlock block);

  void removeBlock(PeerBlock block);

  List<AllowEntry> allowList();

  /** Replaces every allow-list entry. */
  void replaceAllowList(List<AllowEntry> entries);
}
