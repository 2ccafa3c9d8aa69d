// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.jsonld;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.essaim.federation.jsonld.TermTable.Term;
import org.essaim.federation.vocab.AsObject;
import org.essaim.federation.vocab.AsValue;
import org.essaim.federation.vocab.IriReference;
import org.essaim.federation.vocab.Literal;
import org.essaim.federation.vocab.OrderedValues;

/**
 * Writes an {@link AsObject} as compact ActivityStreams JSON, the shape Mastodon, GoToSocial and
 * Fedify read: known properties under their usual short names ({@code actor}, {@code nameMap},
 * {@code publicKeyPem}…), single values unwrapped, references as plain IRI strings. Properties
 * without a term are written under their full IRI, which any JSON-LD processor reads back.
 */
final class CompactFormWriter {

  private static final JsonProvider JSON = JsonProvider.provider();

  private final JsonValue context;
  private final TermTable terms;

  CompactFormWriter(JsonValue context, TermTable terms) {
    this.context = context;
    this.terms = terms;
  }

  JsonObject write(AsObject object) {
    JsonObjectBuilder document = JSON.createObjectBuilder().add("@context", context);
    writeNode(document, object, terms);
    return document.build();
  }

  private void writeNode(JsonObjectBuilder out, AsObject object, TermTable table) {
    TermTable scope = table;
    for (String type : object.types()) {
      scope = scope.scopedFor(type);
    }
    object.id().ifPresent(id -> out.add("id", id.toString()));
    if (object.types().size() == 1) {
      out.add("type", scope.typeName(object.types().iterator().next()));
    } else if (!object.types().isEmpty()) {
      JsonArrayBuilder types = JSON.createArrayBuilder();
      for (String type : object.types()) {
        types.add(scope.typeName(type));
      }
      out.add("type", types);
    }
    for (Map.Entry<String, List<AsValue>> property : object.properties().entrySet()) {
      writeProperty(out, property.getKey(), property.getValue(), scope);
    }
  }

  private void writeProperty(
      JsonObjectBuilder out, String iri, List<AsValue> values, TermTable table) {
    List<Term> candidates = table.terms(iri);
    // Language-tagged strings go to the map term (nameMap); everything else to the plain term.
    Optional<Term> languageMap = candidates.stream().filter(Term::isLanguageMap).findFirst();
    Map<String, JsonValue> byLanguage = new LinkedHashMap<>();
    Map<String, List<JsonValue>> byKey = new LinkedHashMap<>();
    for (AsValue value : values) {
      if (value instanceof Literal literal
          && literal.language() != null
          && languageMap.isPresent()) {
        byLanguage.putIfAbsent(literal.language(), literal.value());
        continue;
      }
      Optional<Term> term = chooseTerm(candidates, value);
      String key = term.map(Term::name).orElse(iri);
      byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(render(value, term, table));
    }
    if (!byLanguage.isEmpty()) {
      JsonObjectBuilder map = JSON.createObjectBuilder();
      byLanguage.forEach(map::add);
      out.add(languageMap.get().name(), map);
    }
    byKey.forEach(
        (key, rendered) -> {
          if (rendered.size() == 1) {
            out.add(key, rendered.get(0));
          } else {
            JsonArrayBuilder array = JSON.createArrayBuilder();
            rendered.forEach(array::add);
            out.add(key, array);
          }
        });
  }

  private static Optional<Term> chooseTerm(List<Term> candidates, AsValue value) {
    Optional<Term> exact =
        candidates.stream().filter(t -> !t.isLanguageMap() && fits(t, value)).findFirst();
    if (exact.isPresent() || !(value instanceof IriReference)) {
      return exact;
    }
    // An IRI under a term without @id coercion is written as {"id": …}.
    return candidates.stream()
        .filter(t -> !t.isLanguageMap() && !t.isList() && t.typeCoercion() == null)
        .findFirst();
  }

  private static boolean fits(Term term, AsValue value) {
    if (value instanceof OrderedValues) {
      return term.isList();
    }
    if (term.isList()) {
      return false;
    }
    if (value instanceof IriReference) {
      return "@id".equals(term.typeCoercion());
    }
    if (value instanceof AsObject) {
      return !isLiteralCoercion(term);
    }
    Literal literal = (Literal) value;
    return literal.datatype() == null
        ? term.typeCoercion() == null
        : literal.datatype().equals(term.typeCoercion());
  }

  private static boolean isLiteralCoercion(Term term) {
    return term.typeCoercion() != null && !term.typeCoercion().startsWith("@");
  }

  private JsonValue render(AsValue value, Optional<Term> term, TermTable table) {
    if (value instanceof IriReference ref) {
      return term.filter(t -> "@id".equals(t.typeCoercion())).isPresent()
          ? JSON.createValue(ref.iri().toString())
          : JSON.createObjectBuilder().add("id", ref.iri().toString()).build();
    }
    if (value instanceof AsObject object) {
      JsonObjectBuilder nested = JSON.createObjectBuilder();
      writeNode(nested, object, table);
      return nested.build();
    }
    if (value instanceof OrderedValues list) {
      // Items of a @list term are written as the term's values would be.
      Optional<Term> itemTerm =
          term.map(t -> new Term(t.name(), t.iri(), t.typeCoercion(), null, null));
      JsonArrayBuilder items = JSON.createArrayBuilder();
      for (AsValue item : list.values()) {
        items.add(render(item, itemTerm, table));
      }
      JsonValue rendered = items.build();
      return term.isPresent()
          ? rendered
          : JSON.createObjectBuilder().add("@list", rendered).build();
    }
    Literal literal = (Literal) value;
    // A term without a language map carries plain strings only: a language-tagged value under it
    // keeps its language as a value object.
    if (term.isPresent() && literal.language() == null) {
      return literal.value();
    }
    JsonObjectBuilder expanded = JSON.createObjectBuilder().add("@value", literal.value());
    if (literal.language() != null) {
      expanded.add("@language", literal.language());
    }
    if (literal.datatype() != null) {
      expanded.add("@type", literal.datatype());
    }
    return expanded.build();
  }
}
