// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation;

import org.essaim.node.application.federation.follow.LabelAttestations;
import org.essaim.node.domain.model.peer.NetworkPolicyRepository;
import org.essaim.node.domain.model.peer.PeerRepository;

/** A {@link PeerDirectory} over given repositories, for unit tests. */
public final class PeerDirectories {
  private PeerDirectories() {}

  public static PeerDirectory of(
      PeerRepository peers, NetworkPolicyRepository policies, LabelAttestations attestations) {
    PeerDirectory directory = new PeerDirectory();
    directory.peers = peers;
    directory.policies = policies;
    directory.attestations = attestations;
    return directory;
  }
}
