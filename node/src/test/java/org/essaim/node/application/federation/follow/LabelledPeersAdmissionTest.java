// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.follow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Optional;
import java.util.Set;
import org.essaim.node.application.federation.PeerDirectories;
import org.essaim.node.application.federation.PeerDirectory;
import org.essaim.node.application.federation.labels.NationalActor;
import org.essaim.node.application.federation.labels.ReceivedLabels;
import org.essaim.node.domain.model.peer.FollowApproval;
import org.essaim.node.domain.model.peer.NetworkMode;
import org.junit.jupiter.api.Test;

/** ALLOW_LIST with trustLabelled: the labelled territories and the national actor are admitted. */
class LabelledPeersAdmissionTest {

  static final URI NATIONAL = URI.create("https://national.example/actors/territory");
  static final URI LABELLED = URI.create("https://miramas.example/actors/territory");
  static final URI OTHER = URI.create("https://other.example/actors/territory");

  final InMemoryPolicies policies = new InMemoryPolicies();
  final LabelAttestations attestations = new LabelAttestations();
  final PeerDirectory directory = PeerDirectories.of(new InMemoryPeers(), policies, attestations);

  LabelledPeersAdmissionTest() {
    attestations.national = new NationalActor(Optional.of(NATIONAL));
    attestations.labels =
        new ReceivedLabels() {
          @Override
          public Set<URI> labelled() {
            return Set.of(LABELLED);
          }
        };
  }

  @Test
  void trustedInAllowListModeOnlyWhenAskedFor() {
    policies.policy.change(
        FollowApproval.MANUAL, NetworkMode.ALLOW_LIST, false, "t", FollowFixture.NOW);
    assertThat(directory.admits(LABELLED)).isFalse();
    assertThat(directory.admits(NATIONAL)).isFalse();

    policies.policy.change(
        FollowApproval.MANUAL, NetworkMode.ALLOW_LIST, true, "t", FollowFixture.NOW);
    assertThat(directory.admits(LABELLED)).isTrue();
    assertThat(directory.admits(NATIONAL)).isTrue();
    assertThat(directory.admits(OTHER)).isFalse();
  }

  @Test
  void theOlderChangeKeepsTheTrustChoice() {
    policies.policy.change(
        FollowApproval.MANUAL, NetworkMode.ALLOW_LIST, true, "t", FollowFixture.NOW);
    policies.policy.change(
        FollowApproval.AUTOMATIC, NetworkMode.ALLOW_LIST, "t", FollowFixture.NOW);
    assertThat(policies.policy.trustLabelled()).isTrue();
  }

  @Test
  void withoutANationalActorNobodyIsAttested() {
    attestations.national = new NationalActor(Optional.empty());
    policies.policy.change(
        FollowApproval.MANUAL, NetworkMode.ALLOW_LIST, true, "t", FollowFixture.NOW);
    assertThat(directory.admits(LABELLED)).isFalse();
  }
}
