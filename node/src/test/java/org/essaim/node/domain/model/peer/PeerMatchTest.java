// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.peer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.essaim.node.domain.shared.DomainRuleViolation;
import org.junit.jupiter.api.Test;

class PeerMatchTest {

  @Test
  void actorsAreAbsoluteHttpAddresses() {
    assertThat(PeerMatch.actor("a", " https://x.example/actors/t ").value())
        .isEqualTo("https://x.example/actors/t");
    for (String bad :
        new String[] {
          "ftp://x.example/a", "/actors/t", "https://x.example/a#key", "not a uri", "", null
        }) {
      assertThatThrownBy(() -> PeerMatch.actor("actor", bad))
          .isInstanceOf(DomainRuleViolation.class)
          .hasMessageContaining("https://");
    }
  }

  @Test
  void hostsAreHostNamesWithAnOptionalPort() {
    assertThat(PeerMatch.host("h", "Node.Example:8443").value()).isEqualTo("node.example:8443");
    for (String bad : new String[] {"https://x.example", "x.example/path", "", "a b", null}) {
      assertThatThrownBy(() -> PeerMatch.host("host", bad)).isInstanceOf(DomainRuleViolation.class);
    }
  }

  @Test
  void originsAndAuthoritiesDropDefaultPorts() {
    assertThat(Origins.origin(URI.create("HTTPS://Node.Example:443/a")))
        .isEqualTo("https://node.example");
    assertThat(Origins.origin(URI.create("http://127.0.0.1:9080/a")))
        .isEqualTo("http://127.0.0.1:9080");
    assertThat(Origins.authority(URI.create("http://x.example:80/a"))).isEqualTo("x.example");
  }
}
