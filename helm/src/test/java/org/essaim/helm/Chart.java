// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.helm;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;

/** The chart under test, rendered and linted through helm-java (Helm as a native library). */
final class Chart {

  /**
   * The Kubernetes version the schemas of kubernetes-models 5.1.0 describe (resource.k8s.io/v1, GA
   * in 1.34, is in).
   */
  static final String KUBE_VERSION = "1.34.0";

  static final Path DIR = Path.of(System.getProperty("essaim.chart.dir", "essaim-node"));
  static final Path RENDERED =
      Path.of(System.getProperty("essaim.chart.rendered.dir", "target/rendered"));

  private Chart() {}

  /** Test values of src/test/resources/values. */
  static Path values(String name) {
    return Path.of("src/test/resources/values", name + ".yaml").toAbsolutePath();
  }

  /** {@code helm template} with these values; the output is also written to target/rendered. */
  static String render(String releaseName, Path values) {
    String out =
        new Helm(DIR)
            .template()
            .withName(releaseName)
            .withNamespace("essaim")
            .withKubeVersion(KUBE_VERSION)
            .withValuesFile(values)
            .call();
    try {
      Files.createDirectories(RENDERED);
      Files.writeString(RENDERED.resolve(releaseName + ".yaml"), out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * The rendered NOTES.txt. {@code helm template} leaves NOTES out and helm-java's dry-run install
   * wants a cluster, so a copy of the chart gets one more template that renders NOTES.txt (copied
   * where {@code .Files} reaches it) through {@code tpl} into a ConfigMap.
   */
  static String notes(String releaseName, Path values) throws IOException {
    Path copy = RENDERED.resolve("notes-" + releaseName).resolve("essaim-node");
    deleteTree(copy.getParent());
    copyTree(DIR, copy);
    Files.copy(copy.resolve("templates/NOTES.txt"), copy.resolve("notes-under-test.txt"));
    Files.writeString(
        copy.resolve("templates/zz-notes-under-test.yaml"),
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: notes-under-test\ndata:\n"
            + "  notes: {{ tpl (.Files.Get \"notes-under-test.txt\") . | quote }}\n",
        StandardCharsets.UTF_8);
    String out =
        new Helm(copy)
            .template()
            .withName(releaseName)
            .withNamespace("essaim")
            .withKubeVersion(KUBE_VERSION)
            .withValuesFile(values)
            .call();
    for (Map<String, Object> doc : documents(out)) {
      @SuppressWarnings("unchecked")
      Map<String, Object> meta = (Map<String, Object>) doc.get("metadata");
      if ("notes-under-test".equals(meta.get("name"))) {
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) doc.get("data");
        return (String) data.get("notes");
      }
    }
    throw new IllegalStateException("NOTES.txt not rendered");
  }

  /**
   * {@code helm lint --strict} of the chart with these values. helm-java's lint takes no values
   * file, so the chart is copied with the test values merged into its values.yaml.
   */
  static LintResult lint(String caseName, Path values) throws IOException {
    Path copy = RENDERED.resolve("lint-" + caseName).resolve("essaim-node");
    deleteTree(copy.getParent());
    copyTree(DIR, copy);
    Map<String, Object> merged = loadMap(DIR.resolve("values.yaml"));
    deepMerge(merged, loadMap(values));
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    Files.writeString(
        copy.resolve("values.yaml"),
        new Yaml(new Representer(options), options).dump(merged),
        StandardCharsets.UTF_8);
    return new Helm(copy).lint().strict().call();
  }

  /** The YAML documents of a {@code helm template} output, each a map. */
  static List<Map<String, Object>> documents(String rendered) {
    List<Map<String, Object>> docs = new ArrayList<>();
    for (Object doc : yaml().loadAll(rendered)) {
      if (doc != null) {
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) doc;
        docs.add(map);
      }
    }
    return docs;
  }

  static Yaml yaml() {
    return new Yaml(new SafeConstructor(new LoaderOptions()));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> loadMap(Path file) throws IOException {
    Object loaded = yaml().load(Files.readString(file, StandardCharsets.UTF_8));
    return loaded == null
        ? new LinkedHashMap<>()
        : new LinkedHashMap<>((Map<String, Object>) loaded);
  }

  @SuppressWarnings("unchecked")
  static void deepMerge(Map<String, Object> base, Map<String, Object> override) {
    for (Map.Entry<String, Object> e : override.entrySet()) {
      Object existing = base.get(e.getKey());
      if (existing instanceof Map && e.getValue() instanceof Map) {
        Map<String, Object> target = new LinkedHashMap<>((Map<String, Object>) existing);
        deepMerge(target, (Map<String, Object>) e.getValue());
        base.put(e.getKey(), target);
      } else {
        base.put(e.getKey(), e.getValue());
      }
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path p : (Iterable<Path>) paths::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }
}
