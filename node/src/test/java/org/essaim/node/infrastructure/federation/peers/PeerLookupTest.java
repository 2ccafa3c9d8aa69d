// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.peers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PeerLookupTest {

  @Test
  void loopbackHostsAreRecognisedWithoutResolvingNames() {
    assertThat(PeerLookup.isLoopback("127.0.0.1:9080")).isTrue();
    assertThat(PeerLookup.isLoopback("localhost:9080")).isTrue();
    assertThat(PeerLookup.isLoopback("node.localhost")).isTrue();
    assertThat(PeerLookup.isLoopback("[::1]:9080")).isTrue();
    assertThat(PeerLookup.isLoopback("127.0.0.2")).isTrue();
    assertThat(PeerLookup.isLoopback("10.0.0.1:9080")).isFalse();
    assertThat(PeerLookup.isLoopback("essaim.crepite.fr")).isFalse();
    assertThat(PeerLookup.isLoopback("loopback.example")).isFalse();
  }
}
