// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.webfinger;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.essaim.federation.jsonld.BoundedJsonReader;
import org.essaim.federation.jsonld.DocumentException;
import org.essaim.federation.jsonld.DocumentLimits;

/**
 * A JSON Resource Descriptor (RFC 7033, section 4.4), the body of a WebFinger response. Reading is
 * tolerant of what RFC 7033 allows to be absent (every member) and of unknown members, and strict
 * on types: a member present with the wrong JSON type makes the whole document malformed.
 *
 * @param subject the URI the document describes, usually an {@code acct:} URI, or null
 * @param aliases other URIs for the same subject, never null
 * @param properties properties by URI, values may be null, never null
 * @param links links in document order, never null
 */
public record Jrd(
    String subject, List<String> aliases, Map<String, String> properties, List<JrdLink> links) {

  /** The media type of a JRD. */
  public static final String MEDIA_TYPE = "application/jrd+json";

  public Jrd {
    aliases = List.copyOf(aliases == null ? List.of() : aliases);
    properties =
        Collections.unmodifiableMap(
            new LinkedHashMap<>(properties == null ? Map.of() : properties));
    links = List.copyOf(links == null ? List.of() : links);
  }

  /** Parses a JRD from its JSON text. */
  public static Jrd parse(String json) {
    return parse(json.getBytes(StandardCharsets.UTF_8));
  }

  /** Parses a JRD from UTF-8 JSON, within the default document limits. */
  public static Jrd parse(InputStream json) {
    try {
      // One byte over the limit is enough for the reader to refuse the document.
      return parse(json.readNBytes(DocumentLimits.DEFAULT.maxBytes() + 1));
    } catch (IOException e) {
      throw new MalformedJrdException("A JRD could not be read", e);
    }
  }

  /**
   * Parses a JRD from UTF-8 JSON bytes: remote documents get the same bounded reader as activities.
   */
  public static Jrd parse(byte[] json) {
    try {
      return fromJson(new BoundedJsonReader(DocumentLimits.DEFAULT).readObject(json));
    } catch (DocumentException e) {
      throw new MalformedJrdException("A JRD must be valid JSON: " + e.getMessage(), e);
    }
  }

  /** Reads a JRD from a JSON object. */
  public static Jrd fromJson(JsonObject json) {
    String subject = optionalString(json, "subject", "subject");
    List<String> aliases = new ArrayList<>();
    for (JsonValue alias : optionalArray(json, "aliases", "aliases")) {
      aliases.add(string(alias, "aliases[]"));
    }
    Map<String, String> properties = stringMap(json, "properties", "properties");
    List<JrdLink> links = new ArrayList<>();
    List<JsonValue> linkValues = optionalArray(json, "links", "links");
    for (int i = 0; i < linkValues.size(); i++) {
      String where = "links[" + i + "]";
      if (!(linkValues.get(i) instanceof JsonObject link)) {
        throw new MalformedJrdException(where + " is not an object");
      }
      String rel = optionalString(link, "rel", where + ".rel");
      if (rel == null || rel.isEmpty()) {
        throw new MalformedJrdException(where + " has no rel");
      }
      links.add(
          new JrdLink(
              rel,
              optionalString(link, "type", where + ".type"),
              optionalString(link, "href", where + ".href"),
              optionalString(link, "template", where + ".template"),
              stringMap(link, "titles", where + ".titles"),
              stringMap(link, "properties", where + ".properties")));
    }
    return new Jrd(subject, aliases, properties, links);
  }

  /** The JSON form; empty members are left out. */
  public JsonObject toJson() {
    JsonObjectBuilder out = Json.createObjectBuilder();
    if (subject != null) {
      out.add("subject", subject);
    }
    if (!aliases.isEmpty()) {
      out.add("aliases", Json.createArrayBuilder(aliases));
    }
    if (!properties.isEmpty()) {
      out.add("properties", toJson(properties));
    }
    if (!links.isEmpty()) {
      JsonArrayBuilder array = Json.createArrayBuilder();
      for (JrdLink link : links) {
        JsonObjectBuilder l = Json.createObjectBuilder().add("rel", link.rel());
        addIfPresent(l, "type", link.type());
        addIfPresent(l, "href", link.href());
        addIfPresent(l, "template", link.template());
        if (!link.titles().isEmpty()) {
          l.add("titles", toJson(link.titles()));
        }
        if (!link.properties().isEmpty()) {
          l.add("properties", toJson(link.properties()));
        }
        array.add(l);
      }
      out.add("links", array);
    }
    return out.build();
  }

  /** The links with the given relation, in document order. */
  public List<JrdLink> links(String rel) {
    return links.stream().filter(l -> l.rel().equals(rel)).toList();
  }

  /** The subject as an {@code acct:} URI, if it is one. */
  public Optional<AcctUri> acct() {
    if (subject == null || !subject.regionMatches(true, 0, "acct:", 0, 5)) {
      return Optional.empty();
    }
    try {
      return Optional.of(AcctUri.parse(subject));
    } catch (MalformedAcctUriException e) {
      return Optional.empty();
    }
  }

  /**
   * The ActivityPub actor: the {@code href} of the first {@code self} link whose type is {@code
   * application/activity+json} or ActivityStreams {@code application/ld+json}, when it is an
   * absolute http(s) URI.
   */
  public Optional<URI> activityPubActor() {
    for (JrdLink link : links(JrdLink.SELF)) {
      if (link.hasActivityStreamsType() && link.href() != null) {
        Optional<URI> uri = httpUri(link.href());
        if (uri.isPresent()) {
          return uri;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<URI> httpUri(String href) {
    try {
      URI uri = new URI(href);
      String scheme = uri.getScheme();
      if (uri.isAbsolute()
          && uri.getHost() != null
          && ("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
        return Optional.of(uri);
      }
    } catch (URISyntaxException e) {
      // not a usable actor link; try the next one
    }
    return Optional.empty();
  }

  private static void addIfPresent(JsonObjectBuilder out, String name, String value) {
    if (value != null) {
      out.add(name, value);
    }
  }

  private static JsonObject toJson(Map<String, String> map) {
    JsonObjectBuilder out = Json.createObjectBuilder();
    map.forEach(
        (k, v) -> {
          if (v == null) {
            out.addNull(k);
          } else {
            out.add(k, v);
          }
        });
    return out.build();
  }

  private static String optionalString(JsonObject json, String name, String where) {
    JsonValue value = json.get(name);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    return string(value, where);
  }

  private static String string(JsonValue value, String where) {
    if (!(value instanceof JsonString s)) {
      throw new MalformedJrdException(where + " must be a string");
    }
    return s.getString();
  }

  private static List<JsonValue> optionalArray(JsonObject json, String name, String where) {
    JsonValue value = json.get(name);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return List.of();
    }
    if (!(value instanceof JsonArray array)) {
      throw new MalformedJrdException(where + " must be an array");
    }
    return array;
  }

  private static Map<String, String> stringMap(JsonObject json, String name, String where) {
    JsonValue value = json.get(name);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return Map.of();
    }
    if (!(value instanceof JsonObject object)) {
      throw new MalformedJrdException(where + " must be an object");
    }
    Map<String, String> map = new LinkedHashMap<>();
    object.forEach(
        (k, v) ->
            map.put(
                k,
                v.getValueType() == JsonValue.ValueType.NULL ? null : string(v, where + "." + k)));
    return map;
  }
}
