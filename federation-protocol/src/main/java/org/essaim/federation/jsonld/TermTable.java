// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.jsonld;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The terms of the contexts Essaim writes with, inverted: for a property or type IRI, which compact
 * term to write and how its values are coerced. A deliberately small subset of JSON-LD compaction,
 * enough for the contexts we emit; round-trip tests re-expand what the writer produces to prove it
 * means what was intended.
 */
final class TermTable {

  /** One term definition. */
  record Term(String name, String iri, String typeCoercion, String container, JsonValue scoped) {
    boolean isLanguageMap() {
      return "@language".equals(container);
    }

    boolean isList() {
      return "@list".equals(container);
    }
  }

  private final Map<String, Term> byName;
  private final Map<String, List<Term>> byIri;

  private TermTable(Map<String, Term> byName) {
    this.byName = byName;
    this.byIri = new HashMap<>();
    for (Term term : byName.values()) {
      byIri.computeIfAbsent(term.iri(), k -> new ArrayList<>()).add(term);
    }
  }

  /** The table of a list of contexts, later ones overriding earlier ones, as JSON-LD does. */
  static TermTable of(List<JsonValue> contexts) {
    Map<String, Term> terms = new LinkedHashMap<>();
    for (JsonValue context : contexts) {
      define(terms, context);
    }
    return new TermTable(terms);
  }

  /** This table with a type-scoped context applied, for the inside of an object of that type. */
  TermTable scopedFor(String typeIri) {
    for (Term term : terms(typeIri)) {
      if (term.scoped() != null) {
        Map<String, Term> terms = new LinkedHashMap<>(byName);
        define(terms, term.scoped());
        return new TermTable(terms);
      }
    }
    return this;
  }

  List<Term> terms(String iri) {
    return byIri.getOrDefault(iri, List.of());
  }

  /** The compact name of a type IRI, or the IRI itself. */
  String typeName(String iri) {
    return terms(iri).stream()
        .filter(t -> t.container() == null && t.typeCoercion() == null)
        .map(Term::name)
        .findFirst()
        .orElse(iri);
  }

  private static void define(Map<String, Term> terms, JsonValue context) {
    switch (context.getValueType()) {
      case STRING -> define(terms, load(URI.create(((JsonString) context).getString())));
      case ARRAY -> context.asJsonArray().forEach(c -> define(terms, c));
      case OBJECT -> defineAll(terms, context.asJsonObject());
      default -> {}
    }
  }

  private static void defineAll(Map<String, Term> terms, JsonObject context) {
    Map<String, Term> local = new LinkedHashMap<>();
    for (var entry : context.entrySet()) {
      String name = entry.getKey();
      if (name.startsWith("@")) {
        continue;
      }
      JsonValue definition = entry.getValue();
      String id;
      String type = null;
      String container = null;
      JsonValue scoped = null;
      if (definition instanceof JsonString string) {
        id = string.getString();
      } else if (definition.getValueType() == JsonValue.ValueType.OBJECT) {
        JsonObject object = definition.asJsonObject();
        id = object.containsKey("@id") ? object.getString("@id") : name;
        type = object.containsKey("@type") ? object.getString("@type") : null;
        if (object.containsKey("@container")) {
          JsonValue c = object.get("@container");
          container = c instanceof JsonString s ? s.getString() : firstString(c);
        }
        scoped = object.get("@context");
      } else {
        continue;
      }
      if (id.startsWith("@")) {
        continue; // keyword aliases: id, type
      }
      local.put(name, new Term(name, id, type, container, scoped));
    }
    // Compact IRIs may use prefixes defined anywhere in this context or before it.
    Map<String, Term> all = new LinkedHashMap<>(terms);
    all.putAll(local);
    for (Term term : local.values()) {
      String iri = expand(all, term.iri());
      String type = term.typeCoercion() == null ? null : expand(all, term.typeCoercion());
      terms.put(term.name(), new Term(term.name(), iri, type, term.container(), term.scoped()));
    }
  }

  private static String expand(Map<String, Term> terms, String value) {
    if (value.startsWith("@") || value.contains("://")) {
      return value;
    }
    int colon = value.indexOf(':');
    if (colon > 0) {
      Term prefix = terms.get(value.substring(0, colon));
      if (prefix != null) {
        return expand(terms, prefix.iri()) + value.substring(colon + 1);
      }
      return value;
    }
    Term term = terms.get(value);
    return term == null ? value : expand(terms, term.iri());
  }

  private static String firstString(JsonValue value) {
    if (value.getValueType() == JsonValue.ValueType.ARRAY) {
      for (JsonValue v : value.asJsonArray()) {
        if (v instanceof JsonString s && !s.getString().equals("@set")) {
          return s.getString();
        }
      }
    }
    return null;
  }

  private static JsonValue load(URI url) {
    Optional<String> resource = BundledContexts.resourceFor(url);
    if (resource.isEmpty()) {
      throw new ForbiddenContextException(url);
    }
    try (InputStream in = TermTable.class.getResourceAsStream(resource.get());
        var reader = jakarta.json.Json.createReader(in)) {
      return reader.readObject().get("@context");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
