// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import org.essaim.node.demo.DemoTopology.DemoNode;
import org.essaim.node.demo.DemoTopology.Follow;
import org.essaim.node.localnode.LocalNode;

/**
 * Starts or stops the local demo network. {@code start}: four fresh nodes from the packaged server
 * (data wiped), started side by side, then wired through their admin APIs, then checked: every
 * follow accepted, the aggregator holding each territory's projects and key figures. Prints the
 * addresses and administrator passwords and writes them to {@code network.properties} in the demo
 * directory. {@code stop}: stops every node of that directory (and so every embedded PostgreSQL).
 *
 * <p>System properties: {@code demo.dir}, {@code demo.wlp.dir}, {@code demo.server.name} (set by
 * the Maven profile), {@code demo.port} (9081: the aggregator, then the territories), {@code
 * demo.db.port} (55431 and the next three), {@code demo.jvm.args} (options of the four JVMs).
 */
public final class DemoNetwork {

  private static final Duration READY_TIMEOUT = Duration.ofMinutes(10);
  private static final Duration WIRING_TIMEOUT = Duration.ofMinutes(5);
  private static final String STATE_FILE = "network.properties";
  static final String STOP_COMMAND = "./mvnw -pl node -am -Pdemo-network-stop test-compile";

  private final Path demoDir;
  private final Path wlpDir;
  private final String serverName;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private DemoNetwork(Path demoDir, Path wlpDir, String serverName) {
    this.demoDir = demoDir;
    this.wlpDir = wlpDir;
    this.serverName = serverName;
  }

  public static void main(String[] args) throws IOException {
    String action = args.length > 0 ? args[0] : "start";
    DemoNetwork network =
        new DemoNetwork(
            Path.of(required("demo.dir")),
            Path.of(required("demo.wlp.dir")),
            System.getProperty("demo.server.name", "defaultServer"));
    switch (action) {
      case "start", "--start" ->
          network.start(
              DemoTopology.of(
                  Integer.getInteger("demo.port", 9081),
                  Integer.getInteger("demo.db.port", 55431)));
      case "stop", "--stop" -> network.stop();
      default -> throw new IllegalArgumentException("start or stop, not " + action);
    }
  }

  private void start(DemoTopology topology) throws IOException {
    long began = System.nanoTime();
    List<String> running = runningProcesses(nodesOf(topology, Map.of()));
    running.addAll(runningProcesses(nodesOf(savedTopology(), Map.of())));
    if (!running.isEmpty()) {
      throw new IllegalStateException(
          "the demo network is running already ("
              + String.join(", ", running)
              + "): stop it first with "
              + STOP_COMMAND);
    }
    requireFreePorts(topology);
    for (DemoNode node : topology.nodes()) {
      LocalNode.deleteRecursively(nodeDir(node));
    }
    Files.createDirectories(demoDir);
    Map<String, String> passwords = new LinkedHashMap<>();
    for (DemoNode node : topology.nodes()) {
      passwords.put(node.name(), newPassword());
    }
    Map<String, LocalNode> nodes = nodesOf(topology, passwords);
    // Saved before the start, so that stop finds a network whose start failed half-way.
    saveState(topology, passwords, null);
    try {
      startAll(nodes);
      long started = System.nanoTime();
      System.out.printf(
          "[demo] four nodes ready in %d s; wiring the federation%n",
          Duration.ofNanos(started - began).toSeconds());
      wire(topology, passwords);
      Duration ready = Duration.ofNanos(System.nanoTime() - began);
      saveState(topology, passwords, ready);
      printSummary(topology, passwords, nodes, ready);
    } catch (RuntimeException | Error e) {
      System.err.println("[demo] start failed, stopping the nodes: " + e.getMessage());
      stopAll(nodes.values());
      throw e;
    }
  }

  private void stop() throws IOException {
    DemoTopology topology = savedTopology();
    Map<String, LocalNode> nodes = nodesOf(topology, Map.of());
    stopAll(nodes.values());
    List<String> left = runningProcesses(nodes);
    if (!left.isEmpty()) {
      throw new IllegalStateException("still running after the stop: " + left);
    }
    Files.deleteIfExists(demoDir.resolve(STATE_FILE));
    System.out.println(
        "[demo] demo network stopped: no Liberty or PostgreSQL process of it is left. Data and"
            + " logs stay under "
            + demoDir
            + " until the next start.");
  }

  /** Policies, follows, registry; then waits until the aggregator shows the whole network. */
  private void wire(DemoTopology topology, Map<String, String> passwords) {
    Map<String, DemoAdmin> admins = new LinkedHashMap<>();
    for (DemoNode node : topology.nodes()) {
      admins.put(
          node.name(),
          new DemoAdmin(node.name(), node.baseUrl(), passwords.get(node.name()), http));
    }
    DemoAdmin national = admins.get(topology.aggregator().name());
    admins.values().forEach(DemoAdmin::openPolicy);
    for (Follow follow : topology.follows()) {
      admins.get(follow.follower().name()).follow(follow.followed().actor());
    }
    // The territories follow the national actor before they are registered (and labelled), so
    // that the label attestations the registration issues reach them.
    for (DemoNode territory : topology.territories()) {
      await(
          territory.name() + " following the national actor",
          () ->
              admins
                  .get(territory.name())
                  .followingState(topology.aggregator().actor())
                  .equals("ACCEPTED"));
    }
    for (DemoNode territory : topology.territories()) {
      national.register(topology.registryEntry(territory));
    }
    for (Follow follow : topology.expectedFollows()) {
      await(
          follow.follower().name() + " following " + follow.followed().name(),
          () ->
              admins
                  .get(follow.follower().name())
                  .followingState(follow.followed().actor())
                  .equals("ACCEPTED"));
    }
    for (DemoNode territory : topology.territories()) {
      admins.get(territory.name()).publishKeyFigures();
    }
    for (DemoNode territory : topology.territories()) {
      await(
          "the aggregator holding the projects of " + territory.name(),
          () -> national.copiesFrom("PROJECT", territory.baseUrl()) > 0);
    }
    int count = topology.territories().size();
    await(
        "the key figures of the " + count + " territories summed on the aggregator",
        () ->
            national.networkKeyFigures().getJsonObject("totals").getInt("territoriesReporting", 0)
                == count);
  }

  private void startAll(Map<String, LocalNode> nodes) {
    // A thread per node: most of a start is spent waiting on the server.
    ExecutorService threads = Executors.newFixedThreadPool(nodes.size());
    List<String> failures = new ArrayList<>();
    try {
      List<CompletableFuture<Void>> starts =
          nodes.values().stream()
              .map(n -> CompletableFuture.runAsync(() -> n.start(READY_TIMEOUT), threads))
              .toList();
      for (CompletableFuture<Void> start : starts) {
        try {
          start.join();
        } catch (CompletionException e) {
          failures.add(String.valueOf(e.getCause().getMessage()));
        }
      }
    } finally {
      threads.shutdown();
    }
    if (!failures.isEmpty()) {
      throw new IllegalStateException("nodes did not start: " + failures);
    }
  }

  /** Stops the nodes side by side (a Liberty stop takes seconds, most of them waiting). */
  private static void stopAll(Collection<LocalNode> nodes) {
    ExecutorService threads = Executors.newFixedThreadPool(nodes.size());
    try {
      nodes.stream()
          .map(
              node ->
                  CompletableFuture.runAsync(
                      () -> {
                        try {
                          node.stop();
                        } catch (RuntimeException e) {
                          System.err.println(
                              "[demo] could not stop " + node.name() + ": " + e.getMessage());
                        }
                      },
                      threads))
          .toList()
          .forEach(CompletableFuture::join);
    } finally {
      threads.shutdown();
    }
  }

  private Map<String, LocalNode> nodesOf(DemoTopology topology, Map<String, String> passwords) {
    Map<String, LocalNode> nodes = new LinkedHashMap<>();
    for (DemoNode node : topology.nodes()) {
      Path dir = nodeDir(node);
      Map<String, String> env =
          new HashMap<>(topology.environment(node, dir, passwords.getOrDefault(node.name(), "")));
      // Options of the four JVMs (Liberty's server script reads JVM_ARGS), e.g. -Xmx512m.
      String jvmArgs = System.getProperty("demo.jvm.args", "");
      if (!jvmArgs.isBlank()) {
        env.put("JVM_ARGS", jvmArgs);
      }
      nodes.put(
          node.name(), new LocalNode(node.name(), wlpDir, serverName, dir, node.httpPort(), env));
    }
    return nodes;
  }

  private static List<String> runningProcesses(Map<String, LocalNode> nodes) {
    List<String> running = new ArrayList<>();
    for (LocalNode node : nodes.values()) {
      node.serverProcess().ifPresent(p -> running.add(node.name() + " java pid " + p.pid()));
      node.databaseProcess().ifPresent(p -> running.add(node.name() + " postgres pid " + p.pid()));
    }
    return running;
  }

  private Path nodeDir(DemoNode node) {
    return demoDir.resolve(node.name());
  }

  private static void requireFreePorts(DemoTopology topology) {
    List<String> busy = new ArrayList<>();
    for (DemoNode node : topology.nodes()) {
      for (int port : new int[] {node.httpPort(), node.databasePort()}) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
          socket.setReuseAddress(true);
        } catch (IOException e) {
          busy.add(Integer.toString(port));
        }
      }
    }
    if (!busy.isEmpty()) {
      throw new IllegalStateException(
          "ports in use: "
              + busy
              + "; choose others with -Ddemo.port=… (HTTP, four from there) and -Ddemo.db.port=…");
    }
  }

  private void printSummary(
      DemoTopology topology,
      Map<String, String> passwords,
      Map<String, LocalNode> nodes,
      Duration ready) {
    DemoNode national = topology.aggregator();
    StringBuilder out = new StringBuilder();
    out.append("\n[demo] Essaim demo network ready in ")
        .append(ready.toSeconds())
        .append(" s (start of the launcher to the aggregator showing the three territories)\n\n");
    for (DemoNode node : topology.nodes()) {
      out.append(
          "  %-20s %-24s admin / %s   (logs: %s)%n"
              .formatted(
                  node.displayName().length() > 20
                      ? node.displayName().substring(0, 20)
                      : node.displayName(),
                  node.baseUrl(),
                  passwords.get(node.name()),
                  nodes.get(node.name()).logsDir().resolve("messages.log")));
    }
    String base = national.baseUrl();
    out.append("\n  The national aggregator, what a newcomer opens first:\n")
        .append("    ")
        .append(base)
        .append("/api/network/territories      the directory of the registered territories\n")
        .append("    ")
        .append(base)
        .append("/api/network/key-figures      the network's totals and each territory's\n")
        .append("    ")
        .append(base)
        .append("/api/search?kind=PROJECT      projects of the three territories (facets)\n")
        .append("    ")
        .append(base)
        .append("/openapi/ui/                  the whole API, to try with admin / ")
        .append(passwords.get(national.name()))
        .append("\n\n  Addresses and passwords: ")
        .append(demoDir.resolve(STATE_FILE))
        .append("\n  Stop everything: ")
        .append(STOP_COMMAND)
        .append('\n');
    System.out.println(out);
  }

  private void saveState(DemoTopology topology, Map<String, String> passwords, Duration ready)
      throws IOException {
    Properties state = new Properties();
    state.setProperty("http.port", Integer.toString(topology.aggregator().httpPort()));
    state.setProperty("db.port", Integer.toString(topology.aggregator().databasePort()));
    state.setProperty("started.at", Instant.now().toString());
    if (ready != null) {
      state.setProperty("ready.seconds", Long.toString(ready.toSeconds()));
    }
    Map<String, LocalNode> nodes = nodesOf(topology, passwords);
    for (DemoNode node : topology.nodes()) {
      String key = "node." + node.name();
      state.setProperty(key + ".url", node.baseUrl());
      state.setProperty(key + ".admin.password", passwords.get(node.name()));
      LocalNode local = nodes.get(node.name());
      local.serverProcess().ifPresent(p -> state.setProperty(key + ".pid", Long.toString(p.pid())));
      local
          .databaseProcess()
          .ifPresent(p -> state.setProperty(key + ".postgres.pid", Long.toString(p.pid())));
    }
    Path file = demoDir.resolve(STATE_FILE);
    Files.deleteIfExists(file);
    // It holds the administrators' passwords: readable by its owner only.
    Files.createFile(
        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    try (OutputStream stream = Files.newOutputStream(file)) {
      state.store(stream, "Essaim demo network (DemoNetwork)");
    }
  }

  /** The ports of the network last started here (the defaults when none was). */
  private DemoTopology savedTopology() throws IOException {
    Path file = demoDir.resolve(STATE_FILE);
    Properties state = new Properties();
    if (Files.isRegularFile(file)) {
      try (InputStream stream = Files.newInputStream(file)) {
        state.load(stream);
      }
    }
    return DemoTopology.of(
        Integer.parseInt(
            state.getProperty(
                "http.port", Integer.toString(Integer.getInteger("demo.port", 9081)))),
        Integer.parseInt(
            state.getProperty(
                "db.port", Integer.toString(Integer.getInteger("demo.db.port", 55431)))));
  }

  private static void await(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + WIRING_TIMEOUT.toNanos();
    RuntimeException last = null;
    while (System.nanoTime() < deadline) {
      try {
        if (condition.getAsBoolean()) {
          return;
        }
      } catch (UncheckedIOException | IllegalStateException e) {
        last = e;
      }
      try {
        Thread.sleep(1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException(
        "timed out after " + WIRING_TIMEOUT + " waiting for " + what, last);
  }

  private static String newPassword() {
    byte[] bytes = new byte[12];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          property + " is not set: run ./mvnw -pl node -am -Pdemo-network verify");
    }
    return value;
  }
}
