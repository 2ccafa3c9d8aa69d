// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.jsonld;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads a JSON object while enforcing {@link DocumentLimits}: the size is checked before the first
 * byte is parsed, depth, array lengths and member counts as the parser goes, so an abusive document
 * is refused without being built in memory. Duplicate member names are refused too: parsers
 * disagree on which one wins, and an attacker could exploit that (two "actor"s).
 */
public final class BoundedJsonReader {

  // Looking the provider up is costly (a ServiceLoader scan): do it once.
  private static final JsonProvider JSON = JsonProvider.provider();

  private final DocumentLimits limits;

  public BoundedJsonReader(DocumentLimits limits) {
    this.limits = limits;
  }

  /**
   * @throws DocumentLimitException when a bound is crossed
   * @throws MalformedJsonException when the bytes are not one JSON object
   */
  public JsonObject readObject(byte[] document) {
    if (document.length > limits.maxBytes()) {
      throw new DocumentLimitException(
          DocumentLimitException.Limit.SIZE,
          "the document has "
              + document.length
              + " bytes; at most "
              + limits.maxBytes()
              + " are accepted");
    }
    try (JsonParser parser = JSON.createParser(new StringReader(strictUtf8(document)))) {
      if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
        throw new MalformedJsonException("the document is not a JSON object");
      }
      JsonObject object = readObject(parser, 1);
      if (parser.hasNext()) {
        throw new MalformedJsonException("the document has content after its JSON object");
      }
      return object;
    } catch (JsonParsingException e) {
      throw new MalformedJsonException("the document is not valid JSON" + where(e.getLocation()));
    } catch (JsonException e) {
      throw new MalformedJsonException("the document is not valid UTF-8 JSON");
    }
  }

  /** JSON on the network is UTF-8 (RFC 8259); broken sequences are refused, not replaced. */
  private static String strictUtf8(byte[] document) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(document))
          .toString();
    } catch (CharacterCodingException e) {
      throw new MalformedJsonException("the document is not valid UTF-8");
    }
  }

  private JsonObject readObject(JsonParser parser, int depth) {
    checkDepth(depth);
    JsonObjectBuilder builder = JSON.createObjectBuilder();
    Set<String> names = new HashSet<>();
    while (true) {
      JsonParser.Event event = parser.next();
      if (event == JsonParser.Event.END_OBJECT) {
        return builder.build();
      }
      String name = parser.getString();
      if (!names.add(name)) {
        throw new MalformedJsonException(
            "the member \""
                + abbreviate(name)
                + "\" appears twice in one object"
                + where(parser.getLocation()));
      }
      if (names.size() > limits.maxMembers()) {
        throw new DocumentLimitException(
            DocumentLimitException.Limit.MEMBERS,
            "an object has more than " + limits.maxMembers() + " members");
      }
      builder.add(name, readValue(parser, parser.next(), depth));
    }
  }

  private JsonValue readArray(JsonParser parser, int depth) {
    checkDepth(depth);
    JsonArrayBuilder builder = JSON.createArrayBuilder();
    int length = 0;
    while (true) {
      JsonParser.Event event = parser.next();
      if (event == JsonParser.Event.END_ARRAY) {
        return builder.build();
      }
      if (++length > limits.maxArrayLength()) {
        throw new DocumentLimitException(
            DocumentLimitException.Limit.ARRAY_LENGTH,
            "an array has more than " + limits.maxArrayLength() + " elements");
      }
      builder.add(readValue(parser, event, depth));
    }
  }

  private JsonValue readValue(JsonParser parser, JsonParser.Event event, int depth) {
    return switch (event) {
      case START_OBJECT -> readObject(parser, depth + 1);
      case START_ARRAY -> readArray(parser, depth + 1);
      case VALUE_STRING -> JSON.createValue(parser.getString());
      case VALUE_NUMBER ->
          parser.isIntegralNumber()
              ? JSON.createValue(parser.getBigDecimal().toBigInteger())
              : JSON.createValue(parser.getBigDecimal());
      case VALUE_TRUE -> JsonValue.TRUE;
      case VALUE_FALSE -> JsonValue.FALSE;
      case VALUE_NULL -> JsonValue.NULL;
      default ->
          throw new MalformedJsonException("unexpected JSON token" + where(parser.getLocation()));
    };
  }

  private void checkDepth(int depth) {
    if (depth > limits.maxDepth()) {
      throw new DocumentLimitException(
          DocumentLimitException.Limit.DEPTH,
          "the document nests deeper than " + limits.maxDepth() + " levels");
    }
  }

  private static String where(JsonLocation location) {
    return location == null
        ? ""
        : " (line " + location.getLineNumber() + ", column " + location.getColumnNumber() + ")";
  }

  private static String abbreviate(String name) {
    return name.length() <= 40 ? name : name.substring(0, 40) + "…";
  }
}
