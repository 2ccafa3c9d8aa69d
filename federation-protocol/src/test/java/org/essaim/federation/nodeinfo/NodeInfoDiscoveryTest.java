// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.nodeinfo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NodeInfoDiscoveryTest {
  @ParameterizedTest
  @CsvSource({
    "mastodon.social, https://mastodon.social/nodeinfo/2.0",
    "goblin.technology, https://goblin.technology/nodeinfo/2.0",
    "misskey.io, https://misskey.io/nodeinfo/2.1",
    "framatube.org, https://framatube.org/nodeinfo/2.0.json",
    "mobilizon.fr, https://mobilizon.fr/.well-known/nodeinfo/2.1",
  })
  void realWorldDiscoveryPointsToTheNewestDocument(String host, String expected)
      throws IOException {
    NodeInfoDiscovery discovery;
    try (InputStream in = NodeInfoTest.fixture(host + "/.well-known/nodeinfo.json")) {
      discovery = NodeInfoDiscovery.parse(in);
    }
    assertThat(discovery.preferred()).contains(URI.create(expected));
    assertThat(NodeInfoDiscovery.fromJson(discovery.toJson())).isEqualTo(discovery);
  }

  @Test
  void misskeyListsBothVersions() throws IOException {
    try (InputStream in = NodeInfoTest.fixture("misskey.io/.well-known/nodeinfo.json")) {
      NodeInfoDiscovery discovery = NodeInfoDiscovery.parse(in);
      assertThat(discovery.href(NodeInfoDiscovery.SCHEMA_2_0))
          .contains(URI.create("https://misskey.io/nodeinfo/2.0"));
      assertThat(discovery.links()).hasSize(2);
    }
  }

  @Test
  void essaimPublishes21() {
    NodeInfoDiscovery discovery =
        NodeInfoDiscovery.of21(URI.create("https://essaim.example/nodeinfo/2.1"));
    assertThat(discovery.toJson().toString())
        .isEqualTo(
            "{\"links\":[{\"rel\":\"http://nodeinfo.diaspora.software/ns/schema/2.1\","
                + "\"href\":\"https://essaim.example/nodeinfo/2.1\"}]}");
  }

  @Test
  void unknownRelationsAreKeptButNotPreferred() {
    NodeInfoDiscovery discovery =
        NodeInfoDiscovery.parse(
            "{\"links\": [{\"rel\": \"https://www.w3.org/ns/activitystreams#Application\","
                + " \"href\": \"https://a.example/actor\"}]}");
    assertThat(discovery.links()).hasSize(1);
    assertThat(discovery.preferred()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "{}",
        "{\"links\": {}}",
        "{\"links\": [1]}",
        "{\"links\": [{\"rel\": \"http://nodeinfo.diaspora.software/ns/schema/2.1\"}]}",
        "{\"links\": [{\"rel\": \"http://nodeinfo.diaspora.software/ns/schema/2.1\","
            + " \"href\": \"/nodeinfo/2.1\"}]}",
      })
  void malformedDiscoveryIsRejected(String json) {
    assertThatThrownBy(() -> NodeInfoDiscovery.parse(json))
        .isInstanceOf(MalformedNodeInfoException.class);
  }
}
