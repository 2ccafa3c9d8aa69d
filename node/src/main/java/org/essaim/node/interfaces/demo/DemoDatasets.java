// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.demo;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/** The datasets shipped with the node, as resources {@code demo/<name>.json}. */
public final class DemoDatasets {
  private DemoDatasets() {}

  /** Every shipped dataset; the name is also the file name. */
  public static final List<String> NAMES = List.of("grenoble", "miramas", "meurthe-et-moselle");

  /** The dataset, or empty when there is none by that name. */
  public static Optional<JsonObject> read(String name) {
    if (name == null || !NAMES.contains(name)) {
      return Optional.empty();
    }
    try (InputStream in = DemoDatasets.class.getResourceAsStream("/demo/" + name + ".json")) {
      if (in == null) {
        throw new IllegalStateException("the dataset demo/" + name + ".json is not packaged");
      }
      try (JsonReader reader = Json.createReader(in)) {
        return Optional.of(reader.readObject());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
