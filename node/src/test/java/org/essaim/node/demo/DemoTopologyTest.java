// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.essaim.node.demo.DemoTopology.DemoNode;
import org.essaim.node.demo.DemoTopology.Follow;
import org.junit.jupiter.api.Test;

/** The demo network's wiring, checked without starting a node. */
class DemoTopologyTest {

  final DemoTopology topology = DemoTopology.of(9081, 55431);

  @Test
  void anAggregatorThenThreeTerritoriesOnConsecutivePorts() {
    assertThat(topology.nodes()).hasSize(4).first().isEqualTo(topology.aggregator());
    assertThat(topology.aggregator().aggregator()).isTrue();
    assertThat(topology.territories()).noneMatch(DemoNode::aggregator);
    assertThat(topology.nodes().stream().map(DemoNode::httpPort))
        .containsExactly(9081, 9082, 9083, 9084);
    assertThat(topology.nodes().stream().map(DemoNode::databasePort))
        .containsExactly(55431, 55432, 55433, 55434);
    assertThat(topology.territories().stream().map(DemoNode::dataset))
        .containsExactly("grenoble", "miramas", "meurthe-et-moselle");
  }

  @Test
  void eachTerritoryLoadsADatasetTheNodeShips() {
    for (DemoNode territory : topology.territories()) {
      assertThat(getClass().getResource("/demo/" + territory.dataset() + ".json"))
          .as(territory.dataset())
          .isNotNull();
    }
  }

  @Test
  void eachNodeHasItsOwnDirectoriesPortsAndLoopbackFederation() {
    Set<String> seen = new HashSet<>();
    for (DemoNode node : topology.nodes()) {
      Path dir = Path.of("/demo").resolve(node.name());
      Map<String, String> env = topology.environment(node, dir, "secret-" + node.name());
      assertThat(env)
          .containsEntry("ESSAIM_HTTP_HOST", "127.0.0.1")
          .containsEntry("ESSAIM_HTTP_PORT", Integer.toString(node.httpPort()))
          .containsEntry("ESSAIM_BASE_URL", "http://127.0.0.1:" + node.httpPort())
          .containsEntry("ESSAIM_DB_EMBEDDED_PORT", Integer.toString(node.databasePort()))
          .containsEntry("ESSAIM_DATA_DIR", dir.resolve("data").toString())
          .containsEntry("WLP_OUTPUT_DIR", dir.resolve("output").toString())
          .containsEntry("ESSAIM_ADMIN_PASSWORD", "secret-" + node.name())
          .containsEntry("ESSAIM_FEDERATION_ALLOW_PRIVATE_ADDRESSES", "true")
          .containsEntry("ESSAIM_FEDERATION_ALLOW_HTTP", "true")
          .containsEntry("ESSAIM_NODE_MODE", node.aggregator() ? "aggregator" : "territory");
      assertThat(seen.add(env.get("ESSAIM_DATA_DIR"))).isTrue();
      if (node.aggregator()) {
        assertThat(env)
            .doesNotContainKey("ESSAIM_DEMO_TERRITORY")
            .doesNotContainKey("ESSAIM_FEDERATION_NATIONAL_ACTOR");
      } else {
        assertThat(env)
            .containsEntry("ESSAIM_DEMO_TERRITORY", node.dataset())
            .containsEntry(
                "ESSAIM_FEDERATION_NATIONAL_ACTOR", "http://127.0.0.1:9081/actors/territory");
      }
    }
  }

  @Test
  void territoriesFollowTheNationalActorAndEachOtherAndTheRegistryFollowsThem() {
    DemoNode national = topology.aggregator();
    List<Follow> asked = topology.follows();
    // The launcher never asks the aggregator to follow: its registration does it.
    assertThat(asked).noneMatch(f -> f.follower().aggregator());
    assertThat(asked).noneMatch(f -> f.follower().equals(f.followed()));
    for (DemoNode territory : topology.territories()) {
      assertThat(asked).contains(new Follow(territory, national));
      for (DemoNode other : topology.territories()) {
        if (other != territory) {
          assertThat(asked).contains(new Follow(territory, other));
        }
      }
    }
    assertThat(asked).hasSize(3 + 6).doesNotHaveDuplicates();
    assertThat(topology.expectedFollows())
        .containsAll(asked)
        .containsAll(topology.territories().stream().map(t -> new Follow(national, t)).toList())
        .hasSize(12);
  }

  @Test
  void theRegistryEntryNamesTheTerritorysActorAsALabelledFrenchTerritory() {
    for (DemoNode territory : topology.territories()) {
      JsonObject entry = parse(topology.registryEntry(territory));
      assertThat(entry.getString("actor"))
          .isEqualTo("http://127.0.0.1:" + territory.httpPort() + "/actors/territory");
      assertThat(entry.getString("name")).isEqualTo(territory.displayName());
      assertThat(entry.getString("country")).isEqualTo("FR");
      assertThat(entry.getString("labelStatus")).isEqualTo("LABELLED");
      assertThat(entry.getString("labelDate")).matches("\\d{4}-\\d{2}-\\d{2}");
      assertThat(entry.getString("region")).isNotBlank();
    }
    assertThat(parse(topology.registryEntry(topology.territories().get(1))).getString("labelDate"))
        .as("Miramas's labelling committee, from the seeds")
        .isEqualTo("2024-04-15");
    assertThatThrownBy(() -> topology.registryEntry(topology.aggregator()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void otherPortsMoveEveryAddressAndOverlappingRangesAreRefused() {
    DemoTopology moved = DemoTopology.of(18080, 18180);
    assertThat(moved.territories().get(0).actor())
        .isEqualTo("http://127.0.0.1:18081/actors/territory");
    assertThat(moved.environment(moved.territories().get(2), Path.of("/x"), "p"))
        .containsEntry(
            "ESSAIM_FEDERATION_NATIONAL_ACTOR", "http://127.0.0.1:18080/actors/territory");
    Stream.of(new int[] {9081, 9083}, new int[] {9081, 9078}, new int[] {65534, 55431})
        .forEach(
            ports ->
                assertThatThrownBy(() -> DemoTopology.of(ports[0], ports[1]))
                    .as("%d/%d", ports[0], ports[1])
                    .isInstanceOf(IllegalArgumentException.class));
  }

  private static JsonObject parse(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }
}
