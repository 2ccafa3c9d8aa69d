// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.demo;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.essaim.node.localnode.LocalNode;

/**
 * What the demo network is, without running anything: four nodes on consecutive ports (the
 * aggregator first), each node's configuration, who follows whom and what the aggregator's registry
 * says of each territory. {@link DemoNetwork} carries it out; {@code DemoTopologyTest} checks it.
 */
public final class DemoTopology {

  /** One node of the demo network. */
  public record DemoNode(
      String name,
      String displayName,
      boolean aggregator,
      String dataset,
      String region,
      String department,
      LocalDate labelDate,
      int httpPort,
      int databasePort) {

    public String baseUrl() {
      return LocalNode.baseUrl(httpPort);
    }

    public String actor() {
      return baseUrl() + "/actors/territory";
    }
  }

  /** {@code follower} asks to follow {@code followed}'s territory actor. */
  public record Follow(DemoNode follower, DemoNode followed) {}

  private final DemoNode aggregator;
  private final List<DemoNode> territories;

  private DemoTopology(DemoNode aggregator, List<DemoNode> territories) {
    this.aggregator = aggregator;
    this.territories = List.copyOf(territories);
  }

  /**
   * The aggregator on {@code httpPort}, the three territories on the next ports; embedded
   * PostgreSQL servers likewise from {@code databasePort}.
   */
  public static DemoTopology of(int httpPort, int databasePort) {
    if (httpPort < 1 || httpPort + 3 > 65535 || databasePort < 1 || databasePort + 3 > 65535) {
      throw new IllegalArgumentException(
          "ports " + httpPort + " and " + databasePort + " leave no room for four nodes");
    }
    int[] http = {httpPort, httpPort + 1, httpPort + 2, httpPort + 3};
    int[] db = {databasePort, databasePort + 1, databasePort + 2, databasePort + 3};
    if (overlap(http, db)) {
      throw new IllegalArgumentException("the HTTP and database port ranges overlap");
    }
    DemoNode national =
        new DemoNode(
            "national",
            "Réseau Start-Up de Territoire",
            true,
            null,
            null,
            null,
            null,
            http[0],
            db[0]);
    // Label dates: Miramas's committee (15 April 2024) is in the seeds (activity report 2024);
    // Grenoble and Meurthe-et-Moselle are labelled there without a date, so theirs are demo
    // placeholders (the registry requires one for LABELLED).
    List<DemoNode> territories =
        List.of(
            new DemoNode(
                "grenoble",
                "Grenoble",
                false,
                "grenoble",
                "Auvergne-Rhône-Alpes",
                "Isère (38)",
                LocalDate.of(2023, 1, 1),
                http[1],
                db[1]),
            new DemoNode(
                "miramas",
                "Miramas",
                false,
                "miramas",
                "Provence-Alpes-Côte d'Azur",
                "Bouches-du-Rhône (13)",
                LocalDate.of(2024, 4, 15),
                http[2],
                db[2]),
            new DemoNode(
                "meurthe-et-moselle",
                "Meurthe-et-Moselle",
                false,
                "meurthe-et-moselle",
                "Grand Est",
                "Meurthe-et-Moselle (54)",
                LocalDate.of(2023, 1, 1),
                http[3],
                db[3]));
    return new DemoTopology(national, territories);
  }

  private static boolean overlap(int[] a, int[] b) {
    return a[0] <= b[b.length - 1] && b[0] <= a[a.length - 1];
  }

  public DemoNode aggregator() {
    return aggregator;
  }

  public List<DemoNode> territories() {
    return territories;
  }

  /** Every node, the aggregator first. */
  public List<DemoNode> nodes() {
    List<DemoNode> all = new ArrayList<>();
    all.add(aggregator);
    all.addAll(territories);
    return all;
  }

  /**
   * A node's configuration: on loopback, federating over http with its neighbours; the territories
   * load their demo dataset at start and trust the aggregator's label attestations.
   */
  public Map<String, String> environment(DemoNode node, Path nodeDir, String adminPassword) {
    Map<String, String> env =
        new HashMap<>(
            LocalNode.loopbackEnvironment(
                nodeDir, node.httpPort(), node.databasePort(), adminPassword));
    env.put("ESSAIM_TERRITORY_NAME", node.displayName());
    env.put("ESSAIM_FEDERATION_USERNAME", node.name());
    if (node.aggregator()) {
      env.put("ESSAIM_NODE_MODE", "aggregator");
    } else {
      env.put("ESSAIM_NODE_MODE", "territory");
      env.put("ESSAIM_DEMO_TERRITORY", node.dataset());
      env.put("ESSAIM_FEDERATION_NATIONAL_ACTOR", aggregator.actor());
    }
    return env;
  }

  /**
   * The follows the launcher asks for: each territory follows the national actor (to receive its
   * label attestations) and the two other territories. The aggregator's follows of the territories
   * come from their registration ({@link #registryEntry}).
   */
  public List<Follow> follows() {
    List<Follow> follows = new ArrayList<>();
    for (DemoNode territory : territories) {
      follows.add(new Follow(territory, aggregator));
    }
    for (DemoNode follower : territories) {
      for (DemoNode followed : territories) {
        if (follower != followed) {
          follows.add(new Follow(follower, followed));
        }
      }
    }
    return follows;
  }

  /** Every follow the network has once wired, registration follows included. */
  public List<Follow> expectedFollows() {
    List<Follow> all = new ArrayList<>();
    for (DemoNode territory : territories) {
      all.add(new Follow(aggregator, territory));
    }
    all.addAll(follows());
    return all;
  }

  /** The body of {@code POST /api/admin/registry/territories} on the aggregator for a territory. */
  public String registryEntry(DemoNode territory) {
    if (territory.aggregator()) {
      throw new IllegalArgumentException("the aggregator is not in its own registry");
    }
    return ("{\"actor\":\"%s\",\"name\":\"%s\",\"region\":\"%s\",\"department\":\"%s\","
            + "\"country\":\"FR\",\"labelStatus\":\"LABELLED\",\"labelDate\":\"%s\"}")
        .formatted(
            territory.actor(),
            territory.displayName(),
            territory.region(),
            territory.department(),
            territory.labelDate());
  }
}
