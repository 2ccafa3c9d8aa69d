// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.vocab;

import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An ActivityStreams object (an activity, an actor, a note, a project…) in expanded terms: its IRI,
 * its types and its properties, each keyed by full IRI. Immutable; build one with {@link
 * #builder()} or read one with the codec. Properties the node does not know are kept as they came,
 * so re-serving a copy loses nothing.
 */
public final class AsObject implements AsValue {

  private final URI id;
  private final Set<String> types;
  private final Map<String, List<AsValue>> properties;

  private AsObject(URI id, Set<String> types, Map<String, List<AsValue>> properties) {
    this.id = id;
    this.types = Collections.unmodifiableSet(new LinkedHashSet<>(types));
    Map<String, List<AsValue>> copy = new LinkedHashMap<>();
    properties.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    this.properties = Collections.unmodifiableMap(copy);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder builder = new Builder().id(id);
    types.forEach(builder::type);
    properties.forEach((k, v) -> v.forEach(value -> builder.add(k, value)));
    return builder;
  }

  /** The object's IRI; empty for a transient (blank) object. */
  public Optional<URI> id() {
    return Optional.ofNullable(id);
  }

  /** Type IRIs, e.g. {@code https://www.w3.org/ns/activitystreams#Create}. */
  public Set<String> types() {
    return types;
  }

  public boolean hasType(String typeIri) {
    return types.contains(typeIri);
  }

  /** Every property, by IRI, in document order. */
  public Map<String, List<AsValue>> properties() {
    return properties;
  }

  public List<AsValue> values(String property) {
    return properties.getOrDefault(property, List.of());
  }

  /** The first plain string value (preferring one without a language), if any. */
  public Optional<String> string(String property) {
    List<Literal> literals = literals(property);
    return literals.stream()
        .filter(l -> l.language() == null)
        .findFirst()
        .or(() -> literals.stream().findFirst())
        .map(Literal::lexical);
  }

  /** Language-tagged values, as {@code nameMap} shows them: tag → text. */
  public Map<String, String> languageMap(String property) {
    Map<String, String> map = new LinkedHashMap<>();
    for (Literal literal : literals(property)) {
      if (literal.language() != null) {
        map.putIfAbsent(literal.language(), literal.lexical());
      }
    }
    return map;
  }

  /** The value in {@code language} if present, otherwise the plain value, otherwise any. */
  public Optional<String> string(String property, String language) {
    return Optional.ofNullable(languageMap(property).get(language)).or(() -> string(property));
  }

  public Optional<Long> integer(String property) {
    return literals(property).stream()
        .map(Literal::value)
        .filter(v -> v.getValueType() == JsonValue.ValueType.NUMBER)
        .map(v -> ((JsonNumber) v).longValue())
        .findFirst()
        .or(
            () ->
                string(property)
                    .flatMap(
                        s -> {
                          try {
                            return Optional.of(Long.parseLong(s));
                          } catch (NumberFormatException e) {
                            return Optional.empty();
                          }
                        }));
  }

  public Optional<Boolean> bool(String property) {
    return literals(property).stream()
        .map(Literal::value)
        .filter(v -> v == JsonValue.TRUE || v == JsonValue.FALSE)
        .map(v -> v == JsonValue.TRUE)
        .findFirst()
        .or(
            () ->
                string(property)
                    .filter(s -> s.equals("true") || s.equals("false"))
                    .map(Boolean::valueOf));
  }

  /** A date-time value; servers write them with or without offset, in UTC or not. */
  public Optional<Instant> instant(String property) {
    return string(property)
        .flatMap(
            text -> {
              try {
                return Optional.of(OffsetDateTime.parse(text).toInstant());
              } catch (DateTimeParseException e) {
                try {
                  return Optional.of(Instant.parse(text));
                } catch (DateTimeParseException again) {
                  return Optional.empty();
                }
              }
            });
  }

  public Optional<LocalDate> date(String property) {
    return string(property)
        .flatMap(
            text -> {
              try {
                return Optional.of(
                    LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text));
              } catch (DateTimeParseException e) {
                return Optional.empty();
              }
            });
  }

  /** The IRIs a property points to, whether written as a bare IRI or an embedded object. */
  public List<URI> references(String property) {
    List<URI> iris = new ArrayList<>();
    for (AsValue value : values(property)) {
      if (value instanceof IriReference ref) {
        iris.add(ref.iri());
      } else if (value instanceof AsObject object && object.id != null) {
        iris.add(object.id);
      }
    }
    return iris;
  }

  public Optional<URI> reference(String property) {
    return references(property).stream().findFirst();
  }

  /** Objects embedded in a property (not the ones only named by IRI). */
  public List<AsObject> embedded(String property) {
    return values(property).stream()
        .filter(AsObject.class::isInstance)
        .map(AsObject.class::cast)
        .toList();
  }

  private List<Literal> literals(String property) {
    return values(property).stream()
        .filter(Literal.class::isInstance)
        .map(Literal.class::cast)
        .toList();
  }

  /**
   * Equal when they say the same thing: same IRI, types and values, whatever the order of the
   * values of a property (in JSON-LD they form a set; only {@link OrderedValues} keep an order).
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof AsObject other
        && Objects.equals(id, other.id)
        && types.equals(other.types)
        && valueSets().equals(other.valueSets());
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, types, valueSets());
  }

  private Map<String, Set<AsValue>> valueSets() {
    Map<String, Set<AsValue>> sets = new java.util.HashMap<>();
    properties.forEach((k, v) -> sets.put(k, new java.util.HashSet<>(v)));
    return sets;
  }

  @Override
  public String toString() {
    return "AsObject{id=" + id + ", types=" + types + ", properties=" + properties.keySet() + "}";
  }

  /** Collects an object's values; {@link #build()} makes the immutable object. */
  public static final class Builder {
    private URI id;
    private final Set<String> types = new LinkedHashSet<>();
    private final Map<String, List<AsValue>> properties = new LinkedHashMap<>();

    private Builder() {}

    public Builder id(URI id) {
      this.id = id;
      return this;
    }

    public Builder id(String id) {
      return id(URI.create(id));
    }

    public Builder type(String typeIri) {
      types.add(Objects.requireNonNull(typeIri, "type"));
      return this;
    }

    public Builder add(String property, AsValue value) {
      properties
          .computeIfAbsent(property, k -> new ArrayList<>())
          .add(Objects.requireNonNull(value));
      return this;
    }

    /** Replaces every value of the property. */
    public Builder set(String property, AsValue value) {
      properties.remove(property);
      return add(property, value);
    }

    public Builder remove(String property) {
      properties.remove(property);
      return this;
    }

    public Builder string(String property, String value) {
      return add(property, Literal.string(value));
    }

    public Builder string(String property, String value, String language) {
      return add(property, Literal.string(value, language));
    }

    public Builder reference(String property, URI iri) {
      return add(property, new IriReference(iri));
    }

    public Builder reference(String property, String iri) {
      return reference(property, URI.create(iri));
    }

    public Builder dateTime(String property, Instant value) {
      return add(property, Literal.dateTime(value));
    }

    public Builder integer(String property, long value) {
      return add(property, Literal.integer(value));
    }

    public Builder bool(String property, boolean value) {
      return add(property, Literal.bool(value));
    }

    public AsObject build() {
      return new AsObject(id, types, properties);
    }
  }
}
