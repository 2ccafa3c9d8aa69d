// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marcnuri.helm.LintResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.essaim.helm.SchemaValidator.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The essaim-node chart, rendered for a territory on an external PostgreSQL and for the national
 * aggregator on a CloudNativePG cluster: it lints, every manifest validates against the Kubernetes
 * schemas (the CNPG Cluster against its CRD's), and the manifests say what docs/operations.md
 * promises.
 */
class EssaimNodeChartTest {

  private static String territoryOut;
  private static String aggregatorOut;
  private static List<Map<String, Object>> territory;
  private static List<Map<String, Object>> aggregator;
  private static List<Map<String, Object>> minimal;

  @BeforeAll
  static void render() {
    territoryOut = Chart.render("grenoble", Chart.values("territory-external"));
    aggregatorOut = Chart.render("national", Chart.values("aggregator-cnpg"));
    territory = Chart.documents(territoryOut);
    aggregator = Chart.documents(aggregatorOut);
    minimal = Chart.documents(Chart.render("miramas", Chart.values("minimal")));
  }

  @Test
  void lintsStrictlyInBothModes() throws IOException {
    for (String name : List.of("territory-external", "aggregator-cnpg", "minimal")) {
      LintResult lint = Chart.lint(name, Chart.values(name));
      assertThat(lint.isFailed()).as(name + ": " + lint.getMessages()).isFalse();
    }
  }

  @Test
  void everyRenderedManifestIsValidAgainstTheKubernetesSchemas() throws Exception {
    List<Verdict> verdicts =
        SchemaValidator.validate(
            Chart.RENDERED.resolve("grenoble.yaml"),
            Chart.RENDERED.resolve("national.yaml"),
            Chart.RENDERED.resolve("miramas.yaml"));

    assertThat(verdicts).hasSize(territory.size() + aggregator.size() + minimal.size());
    assertThat(verdicts)
        .allSatisfy(v -> assertThat(v.status()).as(v.toString()).isEqualTo("valid"));
    assertThat(verdicts.stream().map(Verdict::kind).collect(Collectors.toSet()))
        .contains(
            "Deployment",
            "Service",
            "Ingress",
            "ConfigMap",
            "ServiceAccount",
            "PodDisruptionBudget",
            "NetworkPolicy",
            "HorizontalPodAutoscaler",
            "Cluster",
            "ScheduledBackup");
  }

  @Test
  void theValidatorRejectsAnInvalidManifest(@TempDir Path dir) throws Exception {
    // The schema check can fail: a port given as a name where an integer is required.
    Path broken = dir.resolve("broken.yaml");
    Files.writeString(
        broken,
        territoryOut.replace("containerPort: 9080", "containerPort: \"http\""),
        StandardCharsets.UTF_8);

    assertThat(SchemaValidator.validate(broken))
        .filteredOn(v -> v.kind().equals("Deployment"))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.status()).isEqualTo("invalid");
              assertThat(v.errors()).anyMatch(e -> e.contains("containerPort"));
            });
  }

  @Test
  void aServiceMonitorIsRenderedOnlyWhenEnabled(@TempDir Path dir) throws IOException {
    for (List<Map<String, Object>> docs : List.of(territory, aggregator, minimal)) {
      assertThat(docs).noneMatch(d -> "ServiceMonitor".equals(d.get("kind")));
    }
    // Not schema-checked: the Prometheus Operator's CRD schema is not among the npm models the
    // validator uses; the assertions below check what the chart decides.
    Path values = dir.resolve("monitored.yaml");
    Map<String, Object> merged = Chart.loadMap(Chart.values("territory-external"));
    Chart.deepMerge(
        merged,
        Map.of(
            "metrics",
            Map.of(
                "serviceMonitor",
                Map.of("enabled", true, "labels", Map.of("release", "kube-prometheus")))));
    Files.writeString(values, Chart.yaml().dump(merged), StandardCharsets.UTF_8);
    List<Map<String, Object>> docs = Chart.documents(Chart.render("monitored", values));

    Map<String, Object> monitor = one(docs, "ServiceMonitor");
    assertThat(monitor.get("apiVersion")).isEqualTo("monitoring.coreos.com/v1");
    assertThat(map(monitor, "metadata.labels")).containsEntry("release", "kube-prometheus");
    Map<String, Object> endpoint = list(monitor, "spec.endpoints").get(0);
    assertThat(endpoint).containsEntry("port", "http").containsEntry("path", "/metrics");
    assertThat(map(monitor, "spec.selector.matchLabels"))
        .isEqualTo(map(one(docs, "Service"), "spec.selector"));
    assertThat(list(one(docs, "Service"), "spec.ports").get(0)).containsEntry("name", "http");
  }

  @Test
  void probesUseTheNodeHealthEndpoints() {
    for (List<Map<String, Object>> docs : List.of(territory, aggregator)) {
      Map<String, Object> container = container(docs);
      assertThat(at(container, "startupProbe.httpGet.path")).isEqualTo("/health/started");
      assertThat(at(container, "livenessProbe.httpGet.path")).isEqualTo("/health/live");
      assertThat(at(container, "readinessProbe.httpGet.path")).isEqualTo("/health/ready");
      assertThat(at(container, "readinessProbe.httpGet.port")).isEqualTo("http");
      assertThat(at(container, "ports.0.containerPort")).isEqualTo(9080);
      // Liberty's startTimeout is 10 minutes: the startup probe waits as long.
      int period = (Integer) at(container, "startupProbe.periodSeconds");
      int failures = (Integer) at(container, "startupProbe.failureThreshold");
      assertThat(period * failures).isGreaterThanOrEqualTo(600);
    }
  }

  @Test
  void secretsAreNeverInlined() {
    for (String out : List.of(territoryOut, aggregatorOut)) {
      assertThat(out).doesNotContain("-----BEGIN").doesNotContainPattern("(?m)^kind: Secret$");
    }
    for (List<Map<String, Object>> docs : List.of(territory, aggregator)) {
      Map<String, Object> data = data(one(docs, "ConfigMap"));
      assertThat(data.keySet())
          .noneMatch(k -> k.contains("PASSWORD") || k.contains("SECRET") || k.endsWith("_KEY"));
      List<Map<String, Object>> env = list(container(docs), "env");
      // Every sensitive variable comes from a Secret, none has a literal value.
      assertThat(env)
          .filteredOn(e -> ((String) e.get("name")).matches(".*(PASSWORD|USER|SECRET).*"))
          .isNotEmpty()
          .allSatisfy(
              e -> {
                assertThat(e).doesNotContainKey("value");
                assertThat(at(e, "valueFrom.secretKeyRef.name")).isNotNull();
              });
    }
  }

  @Test
  void aSecretPutInConfigIsRefused() {
    assertThatThrownBy(
            () ->
                Chart.render(
                    "leak",
                    withExtra(
                        "territory-external", "config:\n  essaim.db.password: hunter2hunter2\n")))
        .hasMessageContaining("config.essaim.db.password looks like a secret");
  }

  @Test
  void runsAsNonRootOnAReadOnlyRootFileSystem() {
    for (List<Map<String, Object>> docs : List.of(territory, aggregator)) {
      Map<String, Object> pod = map(one(docs, "Deployment"), "spec.template.spec");
      Map<String, Object> container = container(docs);
      assertThat(at(pod, "securityContext.runAsNonRoot")).isEqualTo(true);
      assertThat((Integer) at(pod, "securityContext.runAsUser")).isNotZero();
      assertThat(at(container, "securityContext.readOnlyRootFilesystem")).isEqualTo(true);
      assertThat(at(container, "securityContext.allowPrivilegeEscalation")).isEqualTo(false);
      assertThat(at(container, "securityContext.capabilities.drop")).isEqualTo(List.of("ALL"));
      assertThat(at(pod, "automountServiceAccountToken")).isEqualTo(false);

      // Every writable mount is an emptyDir: Liberty's output, /tmp and the data directory.
      Map<String, Map<String, Object>> volumes =
          list(pod, "volumes").stream()
              .collect(Collectors.toMap(v -> (String) v.get("name"), v -> v));
      List<Map<String, Object>> writable =
          list(container, "volumeMounts").stream()
              .filter(m -> !Boolean.TRUE.equals(m.get("readOnly")))
              .toList();
      assertThat(writable)
          .extracting(m -> m.get("mountPath"))
          .containsExactlyInAnyOrder("/opt/ol/wlp/output/defaultServer", "/tmp", "/var/lib/essaim");
      assertThat(writable)
          .allSatisfy(m -> assertThat(volumes.get(m.get("name"))).containsKey("emptyDir"));
    }
  }

  @Test
  void actorKeysComeReadOnlyFromTheExistingSecret() {
    Map<String, Object> pod = map(one(territory, "Deployment"), "spec.template.spec");
    Map<String, Object> keys = named(list(pod, "volumes"), "federation-keys");
    assertThat(at(keys, "secret.secretName")).isEqualTo("grenoble-actor-keys");
    assertThat(list(keys, "secret.items"))
        .extracting(i -> i.get("path"))
        .containsExactly("territory-rsa.pem", "territory-ed25519.pem", "instance-rsa.pem");
    // 0440: readable by the node's group, not by others (the node warns about world-readable keys).
    assertThat(at(keys, "secret.defaultMode")).isEqualTo(0440);
    Map<String, Object> mount =
        named(list(container(territory), "volumeMounts"), "federation-keys");
    assertThat(mount.get("readOnly")).isEqualTo(true);
    assertThat(data(one(territory, "ConfigMap")).get("ESSAIM_FEDERATION_KEYS_DIR"))
        .isEqualTo(mount.get("mountPath"));

    Map<String, Object> erasure = named(list(container(territory), "volumeMounts"), "erasure-key");
    assertThat(erasure.get("mountPath")).isEqualTo("/var/lib/essaim/gdpr-erasure.key");
    assertThat(data(one(territory, "ConfigMap")).get("ESSAIM_DATA_DIR"))
        .isEqualTo("/var/lib/essaim");

    assertThatThrownBy(
            () ->
                Chart.render(
                    "nokeys",
                    withExtra(
                        "territory-external", "federation:\n  keys:\n    existingSecret: \"\"\n")))
        .hasMessageContaining("federation.keys.existingSecret is required");
  }

  @Test
  void externalDatabaseBranch() {
    Map<String, Object> data = data(one(territory, "ConfigMap"));
    assertThat(data.get("ESSAIM_DB_URL"))
        .isEqualTo("jdbc:postgresql://pg.internal.example:5432/essaim?sslmode=verify-full");
    assertThat(kinds(territory)).doesNotContain("Cluster");
    Map<String, Object> container = container(territory);
    assertThat(at(named(list(container, "env"), "ESSAIM_DB_USER"), "valueFrom.secretKeyRef"))
        .isEqualTo(Map.of("name", "grenoble-db", "key", "user"));
    assertThat(at(named(list(container, "env"), "ESSAIM_DB_PASSWORD"), "valueFrom.secretKeyRef"))
        .isEqualTo(Map.of("name", "grenoble-db", "key", "pass"));
    assertThat(at(named(list(container, "env"), "ESSAIM_ADMIN_PASSWORD"), "valueFrom.secretKeyRef"))
        .isEqualTo(Map.of("name", "grenoble-admin", "key", "password"));

    assertThatThrownBy(
            () ->
                Chart.render(
                    "nodb",
                    withExtra("territory-external", "database:\n  external:\n    url: \"\"\n")))
        .hasMessageContaining("database.external.url is required");
  }

  @Test
  void cloudNativePgBranch() {
    Map<String, Object> cluster = one(aggregator, "Cluster");
    assertThat(cluster.get("apiVersion")).isEqualTo("postgresql.cnpg.io/v1");
    assertThat(at(cluster, "metadata.name")).isEqualTo("national-essaim-node-db");
    assertThat(at(cluster, "spec.instances")).isEqualTo(3);
    assertThat(at(cluster, "spec.bootstrap.initdb.database")).isEqualTo("essaim");
    assertThat(at(cluster, "spec.bootstrap.initdb.owner")).isEqualTo("essaim");
    assertThat(at(cluster, "spec.storage"))
        .isEqualTo(Map.of("size", "50Gi", "storageClass", "fast-ssd"));
    assertThat(at(cluster, "spec.backup.barmanObjectStore.destinationPath"))
        .isEqualTo("s3://essaim-backups/national");

    Map<String, Object> scheduled = one(aggregator, "ScheduledBackup");
    assertThat(at(scheduled, "spec.cluster.name")).isEqualTo("national-essaim-node-db");
    assertThat(at(scheduled, "spec.schedule")).isEqualTo("0 0 3 * * *");
    assertThat(kinds(territory)).doesNotContain("ScheduledBackup");

    assertThat(data(one(aggregator, "ConfigMap")).get("ESSAIM_DB_URL"))
        .isEqualTo("jdbc:postgresql://national-essaim-node-db-rw:5432/essaim");
    Map<String, Object> container = container(aggregator);
    assertThat(at(named(list(container, "env"), "ESSAIM_DB_USER"), "valueFrom.secretKeyRef"))
        .isEqualTo(Map.of("name", "national-essaim-node-db-app", "key", "username"));
    assertThat(at(named(list(container, "env"), "ESSAIM_DB_PASSWORD"), "valueFrom.secretKeyRef"))
        .isEqualTo(Map.of("name", "national-essaim-node-db-app", "key", "password"));
    // Without admin.existingSecret the password is generated by the node, not by the chart.
    assertThat(list(container, "env"))
        .noneMatch(e -> "ESSAIM_ADMIN_PASSWORD".equals(e.get("name")));

    // The network policy lets the node reach its database pods only on 5432.
    List<Map<String, Object>> egress = list(one(aggregator, "NetworkPolicy"), "spec.egress");
    assertThat(egress)
        .anySatisfy(
            rule -> {
              assertThat(at(rule, "to.0.podSelector.matchLabels"))
                  .isEqualTo(Map.of("cnpg.io/cluster", "national-essaim-node-db"));
              assertThat(at(rule, "ports.0.port")).isEqualTo(5432);
            });
  }

  @Test
  void modeAndSettingsReachTheNodeEnvironment() {
    Map<String, Object> agg = data(one(aggregator, "ConfigMap"));
    Map<String, Object> ter = data(one(territory, "ConfigMap"));
    assertThat(agg.get("ESSAIM_NODE_MODE")).isEqualTo("aggregator");
    assertThat(ter.get("ESSAIM_NODE_MODE")).isEqualTo("territory");
    assertThat(agg.get("ESSAIM_BASE_URL")).isEqualTo("https://national.essaim.example");
    assertThat(agg.get("ESSAIM_OPEN_DATA_LICENSE")).isEqualTo("ODbL-1.0");
    assertThat(ter.get("ESSAIM_FEDERATION_DELIVERY_GIVE_UP_AFTER")).isEqualTo("P3D");
    assertThat(ter.get("ESSAIM_DREAMS_SUBMISSIONS_MAX")).isEqualTo("20");
    assertThat(ter.get("ESSAIM_FEDERATION_NATIONAL_ACTOR"))
        .isEqualTo("https://national.essaim.example/actors/territory");
    assertThat(container(aggregator).get("envFrom"))
        .isEqualTo(List.of(Map.of("configMapRef", Map.of("name", "national-essaim-node"))));
    assertThat(map(one(aggregator, "Deployment"), "spec.template.metadata.labels"))
        .containsEntry("app.kubernetes.io/component", "aggregator");
  }

  @Test
  void everyEnvironmentVariableIsADocumentedSetting() throws IOException {
    String guide = Files.readString(Chart.DIR.resolve("../../docs/operations.md"));
    Matcher documented = Pattern.compile("`(ESSAIM_[A-Z0-9_]+)`").matcher(guide);
    java.util.Set<String> names = new java.util.HashSet<>();
    while (documented.find()) {
      names.add(documented.group(1));
    }
    for (List<Map<String, Object>> docs : List.of(territory, aggregator)) {
      java.util.Set<String> used = new java.util.TreeSet<>(data(one(docs, "ConfigMap")).keySet());
      list(container(docs), "env").forEach(e -> used.add((String) e.get("name")));
      used.removeIf(n -> !n.startsWith("ESSAIM_"));
      assertThat(names).as("docs/operations.md documents them").containsAll(used);
    }
  }

  @Test
  void ingressServesTheBaseUrlHostOverTls() {
    Map<String, Object> ingress = one(territory, "Ingress");
    assertThat(at(ingress, "spec.tls.0.hosts")).isEqualTo(List.of("grenoble.essaim.example"));
    assertThat(at(ingress, "spec.tls.0.secretName")).isEqualTo("grenoble-essaim-node-tls");
    assertThat(at(ingress, "spec.rules.0.host")).isEqualTo("grenoble.essaim.example");
    assertThat(at(ingress, "spec.ingressClassName")).isEqualTo("nginx");
    assertThat(at(ingress, "metadata.annotations"))
        .isEqualTo(Map.of("cert-manager.io/cluster-issuer", "letsencrypt"));
    assertThatThrownBy(
            () ->
                Chart.render(
                    "otherhost",
                    withExtra("territory-external", "ingress:\n  host: other.example\n")))
        .hasMessageContaining("must be the host of baseUrl");
  }

  @Test
  void scalingObjects() {
    // Autoscaled: the HPA owns the replica count.
    assertThat(map(one(aggregator, "Deployment"), "spec")).doesNotContainKey("replicas");
    assertThat(at(one(aggregator, "HorizontalPodAutoscaler"), "spec.maxReplicas")).isEqualTo(5);
    assertThat(at(one(territory, "Deployment"), "spec.replicas")).isEqualTo(1);
    assertThat(kinds(territory)).doesNotContain("HorizontalPodAutoscaler");
    assertThat(at(one(territory, "PodDisruptionBudget"), "spec.maxUnavailable")).isEqualTo(1);
  }

  @Test
  void networkPolicyFollowsTheFederationSettings() {
    // Defaults: HTTPS only, private ranges closed (the node refuses them too).
    Map<String, Object> federationRule = list(one(minimal, "NetworkPolicy"), "spec.egress").get(2);
    assertThat(strings(federationRule, "to.0.ipBlock.except")).contains("10.0.0.0/8");
    assertThat(list(federationRule, "ports")).extracting(p -> p.get("port")).containsExactly(443);
    // External database: reachable on its port.
    assertThat(at(list(one(minimal, "NetworkPolicy"), "spec.egress").get(1), "ports.0.port"))
        .isEqualTo(5432);

    List<Map<String, Object>> open =
        Chart.documents(
            Chart.render(
                "testnet",
                withExtra(
                    "minimal", "federation:\n  allowPrivateAddresses: true\n  allowHttp: true\n")));
    Map<String, Object> openRule = list(one(open, "NetworkPolicy"), "spec.egress").get(2);
    assertThat(map(openRule, "to.0.ipBlock")).doesNotContainKey("except");
    assertThat(list(openRule, "ports")).extracting(p -> p.get("port")).containsExactly(443, 80);
    assertThat(data(one(open, "ConfigMap")))
        .containsEntry("ESSAIM_FEDERATION_ALLOW_PRIVATE_ADDRESSES", "true")
        .containsEntry("ESSAIM_FEDERATION_ALLOW_HTTP", "true");
  }

  @Test
  void defaultsNeedOnlyTheRequiredValues() {
    assertThat(kinds(minimal))
        .containsExactlyInAnyOrder(
            "ServiceAccount",
            "ConfigMap",
            "Service",
            "Deployment",
            "Ingress",
            "PodDisruptionBudget",
            "NetworkPolicy");
    assertThat(data(one(minimal, "ConfigMap")))
        .containsEntry("ESSAIM_NODE_MODE", "territory")
        .containsEntry("ESSAIM_TERRITORY_NAME", "Mon territoire")
        .doesNotContainKey("ESSAIM_FEDERATION_NATIONAL_ACTOR");
    assertThat(container(minimal).get("image")).isEqualTo("essaim/essaim-node:0.1.0-SNAPSHOT");
    assertThat(list(container(minimal), "volumeMounts"))
        .noneMatch(m -> "erasure-key".equals(m.get("name")));
  }

  @Test
  void notesTellWhatToDoNext() throws IOException {
    String territoryNotes = Chart.notes("grenoble", Chart.values("territory-external"));
    assertThat(territoryNotes)
        .contains("Essaim territory node \"grenoble-essaim-node\"")
        .contains("https://grenoble.essaim.example/health/ready")
        .contains("password of Secret grenoble-admin")
        .doesNotContain("WARNING");
    String aggregatorNotes = Chart.notes("national", Chart.values("aggregator-cnpg"));
    assertThat(aggregatorNotes)
        .contains("CloudNativePG cluster national-essaim-node-db")
        .contains("/api/admin/registry/territories")
        .contains("printed once in the first pod's log")
        .contains("WARNING: erasureKey.existingSecret is empty");
  }

  @Test
  void updateStrategies() {
    assertThat(map(one(territory, "Deployment"), "spec.strategy"))
        .isEqualTo(
            Map.of(
                "type",
                "RollingUpdate",
                "rollingUpdate",
                Map.of("maxSurge", 1, "maxUnavailable", 0)));
    // Recreate (a release whose migration the previous version cannot run beside): Kubernetes
    // refuses rollingUpdate settings with it.
    List<Map<String, Object>> recreate =
        Chart.documents(
            Chart.render(
                "recreate",
                withExtra("territory-external", "updateStrategy:\n  type: Recreate\n")));
    assertThat(map(one(recreate, "Deployment"), "spec.strategy"))
        .isEqualTo(Map.of("type", "Recreate"));
  }

  @Test
  void valuesSchemaRefusesAnUnknownMode() throws IOException {
    assertThatThrownBy(
            () -> Chart.render("badmode", withExtra("territory-external", "mode: national\n")))
        .hasMessageContaining("schema")
        .hasMessageContaining("mode");
    assertThat(
            Chart.lint("badmode", withExtra("territory-external", "mode: national\n")).isFailed())
        .isTrue();
  }

  // ---- helpers over the parsed manifests ----

  /** The test values {@code base} with {@code extraYaml} merged over them, as a new file. */
  private static Path withExtra(String base, String extraYaml) {
    try {
      Map<String, Object> values = Chart.loadMap(Chart.values(base));
      @SuppressWarnings("unchecked")
      Map<String, Object> extra = (Map<String, Object>) Chart.yaml().load(extraYaml);
      Chart.deepMerge(values, extra);
      Files.createDirectories(Chart.RENDERED);
      Path file =
          Chart.RENDERED.resolve(
              "values-" + base + "-" + Integer.toHexString(extraYaml.hashCode()) + ".yaml");
      Files.writeString(file, Chart.yaml().dump(values), StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<String> kinds(List<Map<String, Object>> docs) {
    return docs.stream().map(d -> (String) d.get("kind")).toList();
  }

  private static Map<String, Object> one(List<Map<String, Object>> docs, String kind) {
    List<Map<String, Object>> found =
        docs.stream().filter(d -> kind.equals(d.get("kind"))).toList();
    assertThat(found).as(kind).hasSize(1);
    return found.get(0);
  }

  private static Map<String, Object> container(List<Map<String, Object>> docs) {
    List<Map<String, Object>> containers =
        list(one(docs, "Deployment"), "spec.template.spec.containers");
    assertThat(containers).hasSize(1);
    return containers.get(0);
  }

  private static Map<String, Object> data(Map<String, Object> configMap) {
    return map(configMap, "data");
  }

  private static Map<String, Object> named(List<Map<String, Object>> items, String name) {
    return items.stream()
        .filter(i -> name.equals(i.get("name")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no item named " + name + " in " + items));
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Map<String, Object> from, String path) {
    return (List<Map<String, Object>>) at(from, path);
  }

  /** The value at a dotted path; a numeric step indexes a list. */
  private static Object at(Map<String, Object> from, String path) {
    Object current = from;
    for (String step : path.split("\\.")) {
      if (current instanceof List<?> l && step.matches("\\d+")) {
        current = l.get(Integer.parseInt(step));
      } else if (current instanceof Map<?, ?> m) {
        current = m.get(step);
      } else {
        throw new AssertionError("no " + path + " in " + from);
      }
    }
    return current;
  }

  @SuppressWarnings("unchecked")
  private static List<String> strings(Map<String, Object> from, String path) {
    return (List<String>) at(from, path);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Map<String, Object> from, String path) {
    return (Map<String, Object>) at(from, path);
  }
}
