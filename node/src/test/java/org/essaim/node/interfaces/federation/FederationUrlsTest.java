// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.federation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class FederationUrlsTest {

  @Test
  void addressesHangUnderTheBaseUrl() {
    FederationUrls urls = FederationUrls.of(URI.create("https://lons.essaim.example/"));

    assertThat(urls.territoryActor())
        .isEqualTo(URI.create("https://lons.essaim.example/actors/territory"));
    assertThat(urls.territoryMainKey())
        .isEqualTo(URI.create("https://lons.essaim.example/actors/territory#main-key"));
    assertThat(urls.territoryEd25519Key().getFragment()).isEqualTo("ed25519-key");
    assertThat(urls.sharedInbox()).isEqualTo(URI.create("https://lons.essaim.example/inbox"));
    assertThat(urls.instanceMainKey())
        .isEqualTo(URI.create("https://lons.essaim.example/actors/instance#main-key"));
    assertThat(urls.root()).isEqualTo(URI.create("https://lons.essaim.example/"));
  }

  @Test
  void theHandleHostKeepsOnlyANonDefaultPort() {
    assertThat(new FederationUrls("https://Lons.Essaim.example").authority())
        .isEqualTo("lons.essaim.example");
    assertThat(new FederationUrls("https://lons.essaim.example:443").authority())
        .isEqualTo("lons.essaim.example");
    assertThat(new FederationUrls("http://localhost:80").authority()).isEqualTo("localhost");
    assertThat(new FederationUrls("http://127.0.0.1:9080").authority()).isEqualTo("127.0.0.1:9080");
    assertThat(new FederationUrls("https://lons.essaim.example:8443").authority())
        .isEqualTo("lons.essaim.example:8443");
  }
}
