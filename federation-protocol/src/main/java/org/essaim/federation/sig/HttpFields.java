// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.sig;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable, case-insensitive multimap of HTTP header fields. Names are kept lower-cased (the
 * form both signature schemes use); values keep their order of appearance.
 */
public final class HttpFields {
  private static final HttpFields EMPTY = new HttpFields(Map.of());

  private final Map<String, List<String>> fields;

  private HttpFields(Map<String, List<String>> fields) {
    this.fields = fields;
  }

  public static HttpFields empty() {
    return EMPTY;
  }

  /** Copies a map such as JAX-RS {@code MultivaluedMap} or {@code HttpHeaders.map()}. */
  public static HttpFields of(Map<String, ? extends List<String>> map) {
    HttpFields result = EMPTY;
    for (Map.Entry<String, ? extends List<String>> e : map.entrySet()) {
      for (String value : e.getValue()) {
        result = result.with(e.getKey(), value);
      }
    }
    return result;
  }

  /** Single-valued convenience: {@code of("host", "example.com", "date", "…")}. */
  public static HttpFields of(String... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("Expected name/value pairs");
    }
    HttpFields result = EMPTY;
    for (int i = 0; i < namesAndValues.length; i += 2) {
      result = result.with(namesAndValues[i], namesAndValues[i + 1]);
    }
    return result;
  }

  /** A copy with {@code value} appended to the field {@code name}. */
  public HttpFields with(String name, String value) {
    String key = normalise(name);
    Objects.requireNonNull(value, "value");
    Map<String, List<String>> copy = new LinkedHashMap<>(fields);
    List<String> values = new ArrayList<>(copy.getOrDefault(key, List.of()));
    values.add(value);
    copy.put(key, List.copyOf(values));
    return new HttpFields(Collections.unmodifiableMap(copy));
  }

  /** A copy where the field {@code name} has exactly one value. */
  public HttpFields replace(String name, String value) {
    return without(name).with(name, value);
  }

  /** A copy without the field {@code name}. */
  public HttpFields without(String name) {
    String key = normalise(name);
    if (!fields.containsKey(key)) {
      return this;
    }
    Map<String, List<String>> copy = new LinkedHashMap<>(fields);
    copy.remove(key);
    return new HttpFields(Collections.unmodifiableMap(copy));
  }

  public boolean contains(String name) {
    return fields.containsKey(normalise(name));
  }

  /** Every value of the field, in order; empty when absent. */
  public List<String> values(String name) {
    return fields.getOrDefault(normalise(name), List.of());
  }

  /**
   * The field's values, each trimmed of surrounding whitespace and joined by ", " as RFC 9421 and
   * draft-cavage both require; empty when absent.
   */
  public Optional<String> combined(String name) {
    List<String> values = values(name);
    if (values.isEmpty()) {
      return Optional.empty();
    }
    List<String> trimmed = new ArrayList<>(values.size());
    for (String v : values) {
      trimmed.add(v.strip());
    }
    return Optional.of(String.join(", ", trimmed));
  }

  /** Lower-cased names to values, in order of first appearance. */
  public Map<String, List<String>> asMap() {
    return fields;
  }

  private static String normalise(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("Empty field name");
    }
    return name.toLowerCase(Locale.ROOT);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HttpFields other && fields.equals(other.fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  @Override
  public String toString() {
    return fields.toString();
  }
}
