// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.vocab.essaim;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.essaim.federation.vocab.AsObject;
import org.essaim.federation.vocab.AsValue;
import org.essaim.federation.vocab.Essaim;
import org.essaim.federation.vocab.OrderedValues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The context names every Essaim IRI, and names none that the standard contexts already use. */
class VocabularyCoverageTest {

  private static final String CONTEXTS = "/org/essaim/federation/contexts/";

  static Iterable<Samples> samples() {
    return Samples.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void reExpandedDocumentKeepsEveryEssaimIri(Samples sample) {
    String written = RoundTrip.write(sample.object());
    Set<String> sent = essaimIris(sample.object());
    assertThat(sent).isNotEmpty();
    assertThat(essaimIris(RoundTrip.read(written))).containsExactlyInAnyOrderElementsOf(sent);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void everyEssaimPropertyIsWrittenUnderATerm(Samples sample) {
    JsonObject written = parse(RoundTrip.write(sample.object()));
    // A full IRI as a key or type would mean the context lacks a term for it.
    assertThat(keysAndTypes(Json.createObjectBuilder(written).remove("@context").build()))
        .noneMatch(name -> name.startsWith(Essaim.NS));
  }

  @Test
  void everyConstantHasATermAndEveryTermAConstant() throws Exception {
    Map<String, String> terms = terms("essaim-v1.json");
    Set<String> constants = new TreeSet<>();
    for (Field field : Essaim.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && !field.getName().equals("NS")) {
        constants.add((String) field.get(null));
      }
    }
    Set<String> defined = new TreeSet<>(terms.values());
    defined.remove(Essaim.NS);
    defined.remove("http://www.w3.org/2001/XMLSchema#");
    assertThat(defined).containsExactlyInAnyOrderElementsOf(constants);
  }

  @Test
  void noTermShadowsAStandardOne() throws IOException {
    Map<String, String> essaim = terms("essaim-v1.json");
    for (String context :
        List.of(
            "activitystreams.json",
            "security-v1.json",
            "security-data-integrity-v1.json",
            "security-data-integrity-v2.json",
            "did-v1.json",
            "security-multikey-v1.json",
            "cid-v1.json",
            "joinmastodon.json")) {
      Map<String, String> standard = terms(context);
      essaim.forEach(
          (name, iri) -> {
            if (standard.containsKey(name)) {
              assertThat(iri)
                  .as("term %s also defined by %s", name, context)
                  .isEqualTo(standard.get(name));
            }
          });
    }
  }

  private static Set<String> essaimIris(AsObject object) {
    Set<String> iris = new HashSet<>();
    object.types().stream().filter(t -> t.startsWith(Essaim.NS)).forEach(iris::add);
    object
        .properties()
        .forEach(
            (property, values) -> {
              if (property.startsWith(Essaim.NS)) {
                iris.add(property);
              }
              values.forEach(v -> collect(v, iris));
            });
    return iris;
  }

  private static void collect(AsValue value, Set<String> iris) {
    if (value instanceof AsObject object) {
      iris.addAll(essaimIris(object));
    } else if (value instanceof OrderedValues list) {
      list.values().forEach(v -> collect(v, iris));
    }
  }

  private static Set<String> keysAndTypes(JsonValue json) {
    Set<String> names = new HashSet<>();
    if (json.getValueType() == JsonValue.ValueType.OBJECT) {
      json.asJsonObject()
          .forEach(
              (key, value) -> {
                names.add(key);
                if (key.equals("type") && value instanceof JsonString type) {
                  names.add(type.getString());
                }
                names.addAll(keysAndTypes(value));
              });
    } else if (json.getValueType() == JsonValue.ValueType.ARRAY) {
      json.asJsonArray().forEach(v -> names.addAll(keysAndTypes(v)));
    } else if (json instanceof JsonString string) {
      names.add(string.getString());
    }
    return names;
  }

  /** Top-level terms of a bundled context, name → expanded IRI (prefixes resolved one level). */
  private static Map<String, String> terms(String file) throws IOException {
    JsonValue context;
    try (InputStream in = VocabularyCoverageTest.class.getResourceAsStream(CONTEXTS + file);
        var reader = Json.createReader(in)) {
      context = reader.readObject().get("@context");
    }
    Map<String, String> raw = new HashMap<>();
    for (JsonValue part :
        context.getValueType() == JsonValue.ValueType.ARRAY
            ? context.asJsonArray()
            : List.of(context)) {
      if (part.getValueType() != JsonValue.ValueType.OBJECT) {
        continue;
      }
      part.asJsonObject()
          .forEach(
              (name, definition) -> {
                if (name.startsWith("@")) {
                  return;
                }
                String id =
                    definition instanceof JsonString s
                        ? s.getString()
                        : definition.asJsonObject().getString("@id", name);
                raw.put(name, id);
              });
    }
    Map<String, String> expanded = new HashMap<>();
    raw.forEach(
        (name, id) -> {
          int colon = id.indexOf(':');
          String prefix = colon > 0 ? raw.get(id.substring(0, colon)) : null;
          expanded.put(
              name, prefix != null && !id.contains("://") ? prefix + id.substring(colon + 1) : id);
        });
    return expanded;
  }

  private static JsonObject parse(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }
}
