// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.nodeinfo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NodeInfoTest {
  static InputStream fixture(String path) {
    InputStream in = NodeInfoTest.class.getResourceAsStream("/fixtures/" + path);
    assertThat(in).as(path).isNotNull();
    return in;
  }

  private static NodeInfo read(String path) throws IOException {
    try (InputStream in = fixture(path)) {
      return NodeInfo.parse(in);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "mastodon.social/nodeinfo/2.0.json, 2.0, mastodon, true",
    "goblin.technology/nodeinfo/2.0.json, 2.0, gotosocial, false",
    "misskey.io/nodeinfo/2.1.json, 2.1, misskey, true",
    "framatube.org/nodeinfo/2.0.json, 2.0, peertube, false",
    "mobilizon.fr/nodeinfo/2.1.json, 2.1, mobilizon, true",
  })
  void realWorldDocumentsParseAndRoundTrip(
      String path, String version, String software, boolean open) throws IOException {
    NodeInfo info = read(path);
    assertThat(info.version()).isEqualTo(version);
    assertThat(info.software().name()).isEqualTo(software);
    assertThat(info.protocols()).containsExactly("activitypub");
    assertThat(info.openRegistrations()).isEqualTo(open);
    assertThat(info.usage().usersTotal()).isPositive();
    assertThat(NodeInfo.fromJson(info.toJson())).isEqualTo(info);
    assertThat(NodeInfo.parse(info.toJson().toString())).isEqualTo(info);
  }

  @Test
  void mastodonUsage() throws IOException {
    NodeInfo info = read("mastodon.social/nodeinfo/2.0.json");
    assertThat(info.usage())
        .isEqualTo(new NodeInfo.Usage(2847309L, 594021L, 289117L, 131592873L, null));
    assertThat(info.metadata().getString("nodeName")).isEqualTo("Mastodon");
  }

  @Test
  void misskeyDetails() throws IOException {
    NodeInfo info = read("misskey.io/nodeinfo/2.1.json");
    assertThat(info.software().homepage()).isEqualTo(URI.create("https://misskey-hub.net/"));
    assertThat(info.software().repository())
        .isEqualTo(URI.create("https://github.com/misskey-dev/misskey"));
    assertThat(info.services().outbound()).containsExactly("atom1.0", "rss2.0");
    // Misskey reports null activity figures; they read as unknown.
    assertThat(info.usage().usersActiveMonth()).isNull();
    assertThat(info.usage().localComments()).isZero();
    assertThat(info.metadata().getJsonObject("maintainer").getString("email"))
        .isEqualTo("support@misskey.io");
  }

  @Test
  void peertubeMetadataIsKeptWhole() throws IOException {
    NodeInfo info = read("framatube.org/nodeinfo/2.0.json");
    assertThat(
            info.metadata()
                .getJsonObject("nodeConfig")
                .getJsonObject("transcoding")
                .getJsonArray("enabledResolutions"))
        .hasSize(4);
    assertThat(info.toJson().getJsonObject("metadata")).isEqualTo(info.metadata());
  }

  @Test
  void writesEssaimNodeInfo21() {
    NodeInfo info =
        new NodeInfo(
            NodeInfo.VERSION_2_1,
            new NodeInfo.Software(
                "essaim",
                "0.1.0",
                URI.create("https://codeberg.org/essaim/essaim"),
                URI.create("https://essaim.example/")),
            List.of("activitypub"),
            new NodeInfo.Services(List.of(), List.of()),
            false,
            new NodeInfo.Usage(12L, 9L, 4L, 230L, null),
            Json.createObjectBuilder().add("nodeName", "Essaim Grenoble").build());
    var json = info.toJson();
    assertThat(json.getString("version")).isEqualTo("2.1");
    assertThat(json.getJsonObject("software").getString("repository"))
        .isEqualTo("https://codeberg.org/essaim/essaim");
    assertThat(json.getJsonObject("usage").getJsonObject("users").getInt("activeMonth"))
        .isEqualTo(4);
    assertThat(json.getJsonObject("usage").containsKey("localComments")).isFalse();
    assertThat(NodeInfo.parse(json.toString())).isEqualTo(info);
  }

  @Test
  void version20LeavesOut21OnlyMembers() {
    NodeInfo info =
        new NodeInfo(
            NodeInfo.VERSION_2_0,
            new NodeInfo.Software(
                "essaim", "0.1.0", URI.create("https://codeberg.org/essaim/essaim"), null),
            List.of("activitypub"),
            null,
            true,
            null,
            null);
    assertThat(info.toJson().getJsonObject("software").keySet()).containsExactly("name", "version");
    assertThat(info.toJson().getJsonObject("services").getJsonArray("inbound")).isEmpty();
    assertThat(info.metadata()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Mastodon", "my_server", "misskey.io", "", "essaim ", "élan"})
  void invalidSoftwareNamesAreRejected(String name) {
    assertThatThrownBy(() -> new NodeInfo.Software(name, "1.0", null, null))
        .isInstanceOf(MalformedNodeInfoException.class)
        .hasMessageContaining("[a-z0-9-]");
    String json =
        """
        {"version": "2.1", "software": {"name": "%s", "version": "1"},
         "protocols": ["activitypub"], "openRegistrations": false, "usage": {"users": {}}}
        """
            .formatted(name);
    assertThatThrownBy(() -> NodeInfo.parse(json)).isInstanceOf(MalformedNodeInfoException.class);
  }

  @Test
  void minimalDocumentIsAccepted() {
    NodeInfo info =
        NodeInfo.parse(
            """
            {"version": "2.1", "software": {"name": "gotosocial", "version": "0.1"},
             "protocols": ["activitypub"], "openRegistrations": false, "usage": {"users": {}}}
            """);
    assertThat(info.services().inbound()).isEmpty();
    assertThat(info.usage().usersTotal()).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "[]",
        "{",
        // version
        "{\"software\": {\"name\": \"a\", \"version\": \"1\"}, \"protocols\": [\"activitypub\"],"
            + " \"openRegistrations\": true, \"usage\": {\"users\": {}}}",
        "{\"version\": \"1.0\", \"software\": {\"name\": \"a\", \"version\": \"1\"},"
            + " \"protocols\": [\"activitypub\"], \"openRegistrations\": true,"
            + " \"usage\": {\"users\": {}}}",
        // software
        "{\"version\": \"2.1\", \"software\": {\"name\": \"a\"}, \"protocols\": [\"activitypub\"],"
            + " \"openRegistrations\": true, \"usage\": {\"users\": {}}}",
        "{\"version\": \"2.1\", \"software\": {\"name\": \"a\", \"version\": \"1\","
            + " \"homepage\": \"not a uri\"}, \"protocols\": [\"activitypub\"],"
            + " \"openRegistrations\": true, \"usage\": {\"users\": {}}}",
        // protocols
        "{\"version\": \"2.1\", \"software\": {\"name\": \"a\", \"version\": \"1\"},"
            + " \"protocols\": [], \"openRegistrations\": true, \"usage\": {\"users\": {}}}",
        "{\"version\": \"2.1\", \"software\": {\"name\": \"a\", \"version\": \"1\"},"
            + " \"protocols\": \"activitypub\", \"openRegistrations\": true,"
            + " \"usage\": {\"users\": {}}}",
        // openRegistrations
        "{\"version\": \"2.1\", \"software\": {\"name\": \"a\", \"version\": \"1\"},"
            + " \"protocols\": [\"activitypub\"], \"openRegistrations\": \"yes\","
            + " \"usage\": {\"users\": {}}}",
        // usage
        "{\"version\": \"2.1\", \"software\": {\"name\": \"a\", \"version\": \"1\"},"
            + " \"protocols\": [\"activitypub\"], \"openRegistrations\": true}",
        "{\"version\": \"2.1\", \"software\": {\"name\": \"a\", \"version\": \"1\"},"
            + " \"protocols\": [\"activitypub\"], \"openRegistrations\": true,"
            + " \"usage\": {\"users\": {\"total\": -1}}}",
        "{\"version\": \"2.1\", \"software\": {\"name\": \"a\", \"version\": \"1\"},"
            + " \"protocols\": [\"activitypub\"], \"openRegistrations\": true,"
            + " \"usage\": {\"users\": {\"total\": 1.5}}}",
        "{\"version\": \"2.1\", \"software\": {\"name\": \"a\", \"version\": \"1\"},"
            + " \"protocols\": [\"activitypub\"], \"openRegistrations\": true,"
            + " \"usage\": {\"users\": {}}, \"metadata\": []}",
      })
  void malformedDocumentsAreRejected(String json) {
    assertThatThrownBy(() -> NodeInfo.parse(json))
        .isInstanceOf(MalformedNodeInfoException.class)
        .hasMessageNotContaining("glassfish");
  }
}
