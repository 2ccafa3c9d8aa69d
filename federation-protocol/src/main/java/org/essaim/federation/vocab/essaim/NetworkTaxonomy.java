// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.vocab.essaim;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The keys of the network taxonomy (themes, support modes, stages, legal forms…), read from the
 * catalogue shipped in this jar — the same file the node loads, so that a key means the same on
 * every node and on the wire.
 */
final class NetworkTaxonomy {

  static final String RESOURCE = "/org/essaim/federation/taxonomy/taxonomy.json";
  private static final JsonObject CATALOGUE = load();

  private NetworkTaxonomy() {}

  /** Every key of a scheme. */
  static Set<String> keys(String scheme) {
    Set<String> keys = new LinkedHashSet<>();
    for (JsonValue concept : concepts(scheme)) {
      keys.add(concept.asJsonObject().getString("key"));
    }
    return Set.copyOf(keys);
  }

  /** The keys of a scheme's top concepts (those without a broader concept). */
  static Set<String> topKeys(String scheme) {
    Set<String> keys = new LinkedHashSet<>();
    for (JsonValue concept : concepts(scheme)) {
      if (!concept.asJsonObject().containsKey("broader")) {
        keys.add(concept.asJsonObject().getString("key"));
      }
    }
    return Set.copyOf(keys);
  }

  private static Iterable<JsonValue> concepts(String scheme) {
    for (JsonValue value : CATALOGUE.getJsonArray("schemes")) {
      if (value.asJsonObject().getString("key").equals(scheme)) {
        return value.asJsonObject().getJsonArray("concepts");
      }
    }
    throw new IllegalArgumentException("no scheme " + scheme + " in the taxonomy");
  }

  private static JsonObject load() {
    try (InputStream in = NetworkTaxonomy.class.getResourceAsStream(RESOURCE);
        JsonReader reader = Json.createReader(in)) {
      return reader.readObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
