// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.jsonld;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.essaim.federation.vocab.As;
import org.essaim.federation.vocab.AsObject;
import org.essaim.federation.vocab.AsValue;
import org.essaim.federation.vocab.IriReference;
import org.essaim.federation.vocab.Literal;
import org.essaim.federation.vocab.OrderedValues;

/** Maps a JSON-LD expanded node object to an {@link AsObject}, keeping every property. */
final class ExpandedFormReader {

  private static final JsonProvider JSON = JsonProvider.provider();

  /**
   * Terms many servers use without defining them in their @context (the ActivityStreams context
   * maps undefined terms to "_:" blank-node IRIs). Read as the ActivityStreams extension terms
   * everyone means by them.
   */
  private static final Set<String> UNDEFINED_AS_EXTENSIONS =
      Set.of("manuallyApprovesFollowers", "sensitive", "movedTo", "alsoKnownAs", "Hashtag");

  private ExpandedFormReader() {}

  private static String normalise(String iri) {
    if (iri.startsWith("_:") && UNDEFINED_AS_EXTENSIONS.contains(iri.substring(2))) {
      return As.NS + iri.substring(2);
    }
    return iri;
  }

  static AsObject readNode(JsonObject node) {
    AsObject.Builder builder = AsObject.builder();
    for (Map.Entry<String, JsonValue> member : node.entrySet()) {
      String key = member.getKey();
      JsonValue value = member.getValue();
      switch (key) {
        case "@id" -> iri(value).ifPresentOrElse(builder::id, () -> {});
        case "@type" -> {
          for (JsonValue type : value.asJsonArray()) {
            builder.type(normalise(((JsonString) type).getString()));
          }
        }
        default -> {
          if (key.startsWith("@")) {
            // Other keywords (@index, @direction…) carry nothing the node reads.
            continue;
          }
          String property = normalise(key);
          for (JsonValue element : asArray(value)) {
            builder.add(property, readValue(element));
          }
        }
      }
    }
    return builder.build();
  }

  private static AsValue readValue(JsonValue element) {
    if (element.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new InvalidDocumentException("unexpected value in expanded form");
    }
    JsonObject object = element.asJsonObject();
    if (object.containsKey("@value")) {
      return literal(object);
    }
    if (object.containsKey("@list")) {
      List<AsValue> values = new ArrayList<>();
      for (JsonValue item : object.getJsonArray("@list")) {
        values.add(readValue(item));
      }
      return new OrderedValues(values);
    }
    if (object.size() == 1 && object.containsKey("@id")) {
      return iri(object.get("@id"))
          .<AsValue>map(IriReference::new)
          .orElseGet(() -> AsObject.builder().build());
    }
    return readNode(object);
  }

  private static Literal literal(JsonObject object) {
    JsonValue value = object.get("@value");
    String language = object.containsKey("@language") ? object.getString("@language") : null;
    String datatype = object.containsKey("@type") ? object.getString("@type") : null;
    if (value.getValueType() == JsonValue.ValueType.NULL
        || value.getValueType() == JsonValue.ValueType.OBJECT
        || value.getValueType() == JsonValue.ValueType.ARRAY) {
      // A JSON literal (@type @json): kept as its JSON text.
      return new Literal(JSON.createValue(value.toString()), null, datatype);
    }
    return new Literal(value, language, datatype);
  }

  /** Blank node identifiers (_:b0) are local to one document: such objects have no IRI. */
  private static java.util.Optional<URI> iri(JsonValue value) {
    if (!(value instanceof JsonString string) || string.getString().startsWith("_:")) {
      return java.util.Optional.empty();
    }
    try {
      return java.util.Optional.of(new URI(string.getString()));
    } catch (java.net.URISyntaxException e) {
      throw new InvalidDocumentException("an identifier is not a valid IRI");
    }
  }

  private static JsonArray asArray(JsonValue value) {
    return value.getValueType() == JsonValue.ValueType.ARRAY
        ? value.asJsonArray()
        : JSON.createArrayBuilder().add(value).build();
  }
}
