// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.vocab;

import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A literal value: a string (optionally in a language, for {@code nameMap}/{@code contentMap}), a
 * number or boolean kept as JSON, or a typed string such as an {@code xsd:dateTime}.
 *
 * @param value the JSON value (string, number, true or false)
 * @param language the BCP 47 language tag of a string, or null
 * @param datatype the datatype IRI of a typed literal, or null
 */
public record Literal(JsonValue value, String language, String datatype) implements AsValue {

  private static final JsonProvider JSON = JsonProvider.provider();
  static final String XSD = "http://www.w3.org/2001/XMLSchema#";
  public static final String XSD_DATE_TIME = XSD + "dateTime";
  public static final String XSD_DATE = XSD + "date";
  public static final String XSD_NON_NEGATIVE_INTEGER = XSD + "nonNegativeInteger";

  public Literal {
    Objects.requireNonNull(value, "value");
    switch (value.getValueType()) {
      case STRING, NUMBER, TRUE, FALSE -> {}
      default -> throw new IllegalArgumentException("a literal is a string, number or boolean");
    }
  }

  public static Literal string(String value) {
    return new Literal(JSON.createValue(value), null, null);
  }

  public static Literal string(String value, String language) {
    return new Literal(JSON.createValue(value), language, null);
  }

  public static Literal integer(long value) {
    return new Literal(JSON.createValue(value), null, null);
  }

  /** An {@code xsd:nonNegativeInteger}, as the ActivityStreams context types {@code totalItems}. */
  public static Literal nonNegativeInteger(long value) {
    if (value < 0) {
      throw new IllegalArgumentException("a non-negative integer, not " + value);
    }
    return new Literal(JSON.createValue(value), null, XSD_NON_NEGATIVE_INTEGER);
  }

  public static Literal bool(boolean value) {
    return new Literal(value ? JsonValue.TRUE : JsonValue.FALSE, null, null);
  }

  public static Literal dateTime(Instant value) {
    return new Literal(JSON.createValue(value.toString()), null, XSD_DATE_TIME);
  }

  public static Literal date(LocalDate value) {
    return new Literal(JSON.createValue(value.toString()), null, XSD_DATE);
  }

  /** The lexical form: the string itself, or the JSON text of a number or boolean. */
  public String lexical() {
    return value.getValueType() == JsonValue.ValueType.STRING
        ? ((jakarta.json.JsonString) value).getString()
        : value.toString();
  }

  public Optional<String> languageTag() {
    return Optional.ofNullable(language);
  }
}
