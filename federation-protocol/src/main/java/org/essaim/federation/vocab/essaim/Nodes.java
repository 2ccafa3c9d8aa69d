// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.vocab.essaim;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.essaim.federation.vocab.As;
import org.essaim.federation.vocab.AsObject;
import org.essaim.federation.vocab.AsValue;
import org.essaim.federation.vocab.IriReference;
import org.essaim.federation.vocab.Literal;
import org.essaim.federation.vocab.OrderedValues;
import org.essaim.federation.vocab.VocabularyException;

/**
 * Reading and writing helpers shared by the records. Readers name the object and the property in
 * their errors; they tell "missing" from "of the wrong kind" because a sender fixes them
 * differently.
 */
final class Nodes {
  private Nodes() {}

  static <T> T require(T value, String what) {
    if (value == null) {
      throw new VocabularyException("missing required " + what);
    }
    return value;
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  static void positive(Long value, String what) {
    if (value != null && value < 0) {
      throw new VocabularyException(what + " must not be negative, got " + value);
    }
  }

  // Reading.

  /** Checks the type and returns the object's IRI, which every federated object has. */
  static URI typedId(AsObject object, String typeIri) {
    if (!object.hasType(typeIri)) {
      throw new VocabularyException(
          "expected an object of type " + typeIri + ", got " + object.types());
    }
    return object
        .id()
        .orElseThrow(() -> new VocabularyException(local(typeIri) + " without an id"));
  }

  static String string(AsObject object, String property) {
    List<AsValue> values = object.values(property);
    if (values.isEmpty()) {
      return null;
    }
    return object
        .string(property)
        .orElseThrow(() -> wrongKind(object, property, "text", values.get(0)));
  }

  static String requiredString(AsObject object, String property) {
    return required(object, property, string(object, property));
  }

  static List<String> strings(AsObject object, String property) {
    List<String> strings = new ArrayList<>();
    for (AsValue value : object.values(property)) {
      if (!(value instanceof Literal literal)) {
        throw wrongKind(object, property, "text", value);
      }
      strings.add(literal.lexical());
    }
    return strings;
  }

  static Long integer(AsObject object, String property) {
    List<AsValue> values = object.values(property);
    if (values.isEmpty()) {
      return null;
    }
    return object
        .integer(property)
        .orElseThrow(() -> wrongKind(object, property, "an integer", values.get(0)));
  }

  static boolean flag(AsObject object, String property) {
    List<AsValue> values = object.values(property);
    if (values.isEmpty()) {
      return false;
    }
    return object
        .bool(property)
        .orElseThrow(() -> wrongKind(object, property, "true or false", values.get(0)));
  }

  static LocalDate date(AsObject object, String property) {
    List<AsValue> values = object.values(property);
    if (values.isEmpty()) {
      return null;
    }
    return object
        .date(property)
        .orElseThrow(() -> wrongKind(object, property, "a date", values.get(0)));
  }

  static URI reference(AsObject object, String property) {
    List<URI> references = references(object, property);
    return references.isEmpty() ? null : references.get(0);
  }

  static URI requiredReference(AsObject object, String property) {
    return required(object, property, reference(object, property));
  }

  static List<URI> references(AsObject object, String property) {
    for (AsValue value : object.values(property)) {
      if (value instanceof Literal
          || value instanceof OrderedValues
          || (value instanceof AsObject embedded && embedded.id().isEmpty())) {
        throw wrongKind(object, property, "an IRI", value);
      }
    }
    return object.references(property);
  }

  static LocalizedText text(AsObject object, String property) {
    Map<String, String> map = object.languageMap(property);
    String fr = map.containsKey("fr") ? map.get("fr") : plain(object, property);
    if (fr == null && object.values(property).stream().anyMatch(v -> !(v instanceof Literal))) {
      throw wrongKind(object, property, "text", object.values(property).get(0));
    }
    return fr == null ? null : new LocalizedText(fr, map.get("en"));
  }

  static LocalizedText requiredText(AsObject object, String property) {
    return required(object, property, text(object, property));
  }

  /** Items of an ordered property ({@code @list}), or of a plain one if a sender wrote it so. */
  static List<AsValue> list(AsObject object, String property) {
    List<AsValue> items = new ArrayList<>();
    for (AsValue value : object.values(property)) {
      if (value instanceof OrderedValues ordered) {
        items.addAll(ordered.values());
      } else {
        items.add(value);
      }
    }
    return items;
  }

  static AsObject embeddedObject(AsObject parent, String property, AsValue value) {
    if (value instanceof AsObject object) {
      return object;
    }
    throw wrongKind(parent, property, "an embedded object", value);
  }

  private static String plain(AsObject object, String property) {
    for (AsValue value : object.values(property)) {
      if (value instanceof Literal literal && literal.language() == null) {
        return literal.lexical();
      }
    }
    return null;
  }

  private static <T> T required(AsObject object, String property, T value) {
    if (value == null) {
      throw new VocabularyException(
          subject(object)
              + ": missing required property "
              + local(property)
              + " ("
              + property
              + ")");
    }
    return value;
  }

  private static VocabularyException wrongKind(
      AsObject object, String property, String expected, AsValue got) {
    String kind =
        got instanceof Literal
            ? "text or number"
            : got instanceof AsObject
                ? "an object"
                : got instanceof IriReference ? "an IRI" : "a list";
    return new VocabularyException(
        subject(object) + ": " + local(property) + " must be " + expected + ", got " + kind);
  }

  private static String subject(AsObject object) {
    String type = object.types().stream().map(Nodes::local).findFirst().orElse("object");
    return type + object.id().map(id -> " " + id).orElse("");
  }

  private static String local(String iri) {
    int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
    return iri.substring(cut + 1);
  }

  // Writing.

  static void text(AsObject.Builder builder, String property, LocalizedText text) {
    if (text == null) {
      return;
    }
    // Plain French value for servers that only read "name"/"summary", and the map for the rest.
    builder.string(property, text.fr());
    builder.string(property, text.fr(), "fr");
    if (text.en() != null) {
      builder.string(property, text.en(), "en");
    }
  }

  static void string(AsObject.Builder builder, String property, String value) {
    if (value != null) {
      builder.string(property, value);
    }
  }

  static void strings(AsObject.Builder builder, String property, List<String> values) {
    values.forEach(v -> builder.string(property, v));
  }

  static void reference(AsObject.Builder builder, String property, URI value) {
    if (value != null) {
      builder.reference(property, value);
    }
  }

  static void references(AsObject.Builder builder, String property, List<URI> values) {
    values.forEach(v -> builder.reference(property, v));
  }

  static void integer(AsObject.Builder builder, String property, Long value) {
    if (value != null) {
      builder.integer(property, value);
    }
  }

  static void date(AsObject.Builder builder, String property, LocalDate value) {
    if (value != null) {
      builder.add(property, Literal.date(value));
    }
  }

  static AsObject.Builder article(URI id, String essaimType) {
    // Also an Article, so that Mastodon and other microblogs show it (title, summary, link).
    return AsObject.builder().id(id).type(As.ARTICLE).type(essaimType);
  }
}
