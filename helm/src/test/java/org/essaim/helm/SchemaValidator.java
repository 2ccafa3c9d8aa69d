// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.helm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs schema-validation/validate.mjs (npm kubernetes-models and @kubernetes-models/cloudnative-pg,
 * installed by the build with npm ci) on rendered manifests: one verdict per YAML document.
 */
final class SchemaValidator {

  static final Path DIR =
      Path.of(System.getProperty("essaim.chart.validator.dir", "schema-validation"));

  /** One document's verdict: {@code valid}, {@code invalid} (with errors) or {@code unknown}. */
  record Verdict(String apiVersion, String kind, String name, String status, List<String> errors) {
    @Override
    public String toString() {
      return apiVersion + " " + kind + " " + name + ": " + status + " " + errors;
    }
  }

  private SchemaValidator() {}

  static List<Verdict> validate(Path... files) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("node", "validate.mjs"));
    for (Path f : files) {
      command.add(f.toAbsolutePath().toString());
    }
    Process process =
        new ProcessBuilder(command)
            .directory(DIR.toFile())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IllegalStateException("validate.mjs failed: " + out);
    }
    List<Verdict> verdicts = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> json = (Map<String, Object>) Chart.yaml().load(line);
      @SuppressWarnings("unchecked")
      List<String> errors = (List<String>) json.getOrDefault("errors", List.of());
      verdicts.add(
          new Verdict(
              (String) json.get("apiVersion"),
              (String) json.get("kind"),
              (String) json.get("name"),
              (String) json.get("status"),
              errors));
    }
    return verdicts;
  }
}
