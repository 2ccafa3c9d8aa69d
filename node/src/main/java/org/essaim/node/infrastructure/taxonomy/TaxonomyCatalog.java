// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.taxonomy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.essaim.node.domain.model.taxonomy.Concept;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.domain.model.taxonomy.TaxonomyScheme;

/**
 * The taxonomy is data shipped with the node, the same on every node of the network so that keys
 * mean the same everywhere; it changes with releases, not per node.
 */
@ApplicationScoped
public class TaxonomyCatalog {

  /** Shipped in the federation-protocol jar: the same keys on every node and on the wire. */
  static final String RESOURCE = "/org/essaim/federation/taxonomy/taxonomy.json";

  private final Taxonomy taxonomy = load();

  @Produces
  public Taxonomy taxonomy() {
    return taxonomy;
  }

  static Taxonomy load() {
    try (InputStream in = TaxonomyCatalog.class.getResourceAsStream(RESOURCE);
        JsonReader reader = Json.createReader(in)) {
      Map<TaxonomyScheme, List<Concept>> concepts = new EnumMap<>(TaxonomyScheme.class);
      for (JsonValue value : reader.readObject().getJsonArray("schemes")) {
        JsonObject scheme = value.asJsonObject();
        TaxonomyScheme key =
            TaxonomyScheme.byKey(scheme.getString("key"))
                .orElseThrow(
                    () -> new IllegalStateException("unknown scheme " + scheme.getString("key")));
        List<Concept> list = new ArrayList<>();
        for (JsonValue c : scheme.getJsonArray("concepts")) {
          JsonObject concept = c.asJsonObject();
          list.add(
              new Concept(
                  concept.getString("key"),
                  concept.getString("fr"),
                  concept.getString("en"),
                  Optional.ofNullable(concept.getString("broader", null)),
                  concept.containsKey("altLabels")
                      ? concept.getJsonArray("altLabels").getValuesAs(JsonString.class).stream()
                          .map(JsonString::getString)
                          .toList()
                      : List.of()));
        }
        concepts.put(key, list);
      }
      return new Taxonomy(concepts);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
