// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.nodeinfo;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.essaim.federation.jsonld.BoundedJsonReader;
import org.essaim.federation.jsonld.DocumentException;
import org.essaim.federation.jsonld.DocumentLimits;

/** Typed access to JSON members, raising {@link MalformedNodeInfoException} with a JSON path. */
final class NodeInfoJson {
  private NodeInfoJson() {}

  static JsonObject read(String json) {
    return read(json.getBytes(StandardCharsets.UTF_8));
  }

  static JsonObject read(InputStream json) {
    try {
      // One byte over the limit is enough for the reader to refuse the document.
      return read(json.readNBytes(DocumentLimits.DEFAULT.maxBytes() + 1));
    } catch (IOException e) {
      throw new MalformedNodeInfoException("the NodeInfo document could not be read", e);
    }
  }

  /** Remote documents are untrusted: the same bounded reader as for activities. */
  private static JsonObject read(byte[] json) {
    try {
      return new BoundedJsonReader(DocumentLimits.DEFAULT).readObject(json);
    } catch (DocumentException e) {
      throw new MalformedNodeInfoException(
          "A NodeInfo document must be valid JSON: " + e.getMessage(), e);
    }
  }

  static boolean absent(JsonObject json, String name) {
    JsonValue value = json.get(name);
    return value == null || value.getValueType() == JsonValue.ValueType.NULL;
  }

  static JsonObject object(JsonObject json, String name, String where) {
    if (absent(json, name)) {
      throw new MalformedNodeInfoException(where + " is required");
    }
    if (!(json.get(name) instanceof JsonObject object)) {
      throw new MalformedNodeInfoException(where + " must be an object");
    }
    return object;
  }

  static String string(JsonObject json, String name, String where) {
    String value = optionalString(json, name, where);
    if (value == null) {
      throw new MalformedNodeInfoException(where + " is required");
    }
    return value;
  }

  static String optionalString(JsonObject json, String name, String where) {
    if (absent(json, name)) {
      return null;
    }
    if (!(json.get(name) instanceof JsonString s)) {
      throw new MalformedNodeInfoException(where + " must be a string");
    }
    return s.getString();
  }

  static URI optionalUri(JsonObject json, String name, String where) {
    String value = optionalString(json, name, where);
    if (value == null || value.isEmpty()) {
      return null;
    }
    try {
      URI uri = new URI(value);
      if (uri.isAbsolute()) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw new MalformedNodeInfoException(where + " must be an absolute URI");
  }

  static List<String> strings(JsonObject json, String name, String where, boolean required) {
    if (absent(json, name)) {
      if (required) {
        throw new MalformedNodeInfoException(where + " is required");
      }
      return List.of();
    }
    if (!(json.get(name) instanceof JsonArray array)) {
      throw new MalformedNodeInfoException(where + " must be an array");
    }
    List<String> out = new ArrayList<>(array.size());
    for (JsonValue item : array) {
      if (!(item instanceof JsonString s)) {
        throw new MalformedNodeInfoException(where + " must hold strings only");
      }
      out.add(s.getString());
    }
    return out;
  }

  static Long optionalCount(JsonObject json, String name, String where) {
    if (absent(json, name)) {
      return null;
    }
    if (!(json.get(name) instanceof JsonNumber n)
        || !n.isIntegral()
        || n.bigDecimalValue().signum() < 0) {
      throw new MalformedNodeInfoException(where + " must be a non-negative integer");
    }
    try {
      return n.longValueExact();
    } catch (ArithmeticException e) {
      throw new MalformedNodeInfoException(where + " is too large");
    }
  }
}
