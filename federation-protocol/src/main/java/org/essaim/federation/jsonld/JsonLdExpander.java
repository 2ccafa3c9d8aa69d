// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.jsonld;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.util.Set;

/**
 * Expands one compact ActivityStreams document to JSON-LD expanded form, where every property is
 * a full IRI: the only form in which documents from different servers, with different contexts,
 * can be read the same way.
 *
 * <p>Refused before expansion: {@code @graph}, {@code @included} and {@code @reverse} anywhere (an
 * activity is one object; these keywords let a document smuggle others past the checks made on
 * its top-level object), and any context that is not bundled. A document without {@code
 * @context} is read with the ActivityStreams context, as most servers would.
 */
public final class JsonLdExpander {

  private static final Set<String> FORBIDDEN_KEYWORDS = Set.of("@graph", "@included", "@reverse");

  private final JsonLdOptions options;
  private final JsonLdOptions optionsWithDefaultContext;

  public JsonLdExpander() {
    this.options = newOptions();
    this.optionsWithDefaultContext = newOptions();
    optionsWithDefaultContext.setExpandContext(BundledContexts.ACTIVITY_STREAMS);
  }

  /**
   * @return the expanded node object
   * @throws InvalidDocumentException when the document is not one acceptable JSON-LD object
   * @throws ForbiddenContextException when it cites a context that is not bundled
   */
  public JsonObject expand(JsonObject document) {
    checkKeywordsAndContexts(document, 0);
    JsonArray expanded;
    try {
      expanded =
          JsonLd.expand(JsonDocument.of(document))
              .options(document.containsKey("@context") ? options : optionsWithDefaultContext)
              .get();
    } catch (JsonLdError e) {
      if (e.getCause() instanceof ForbiddenContextException forbidden) {
        throw forbidden;
      }
      throw new InvalidDocumentException(
          "the document is not valid JSON-LD ("
              + e.getCode().name().toLowerCase().replace('_', ' ')
              + ")");
    } catch (RuntimeException e) {
      throw new InvalidDocumentException("the document could not be expanded as JSON-LD", e);
    }
    if (expanded.size() != 1 || expanded.get(0).getValueType() != JsonValue.ValueType.OBJECT) {
      throw new InvalidDocumentException(
          "the document must describe exactly one object (it describes " + expanded.size() + ")");
    }
    return expanded.getJsonObject(0);
  }

  private static JsonLdOptions newOptions() {
    JsonLdOptions options = new JsonLdOptions(BundledDocumentLoader.INSTANCE);
    return options;
  }

  private static void checkKeywordsAndContexts(JsonValue value, int depth) {
    switch (value.getValueType()) {
      case OBJECT -> {
        JsonObject object = value.asJsonObject();
        for (var member : object.entrySet()) {
          String key = member.getKey();
          if (FORBIDDEN_KEYWORDS.contains(key)) {
            throw new InvalidDocumentException(
                "the keyword " + key + " is not accepted in an activity");
          }
          if (key.equals("@context")) {
            checkContext(member.getValue());
          } else {
            checkKeywordsAndContexts(member.getValue(), depth + 1);
          }
        }
      }
      case ARRAY -> {
        for (JsonValue element : value.asJsonArray()) {
          checkKeywordsAndContexts(element, depth + 1);
        }
      }
      default -> {
        // literals carry no keywords
      }
    }
  }

  /** Fails fast, with the context's URL, before Titanium gets to it. */
  private static void checkContext(JsonValue context) {
    switch (context.getValueType()) {
      case STRING -> {
        URI url = parseUri(((JsonString) context).getString());
        if (BundledContexts.resourceFor(url).isEmpty()) {
          throw new ForbiddenContextException(url);
        }
      }
      case ARRAY -> context.asJsonArray().forEach(JsonLdExpander::checkContext);
      case OBJECT -> checkKeywordsAndContexts(context, 1);
      default -> {
        // null resets the context: harmless
      }
    }
  }

  private static URI parseUri(String text) {
    try {
      return URI.create(text);
    } catch (IllegalArgumentException e) {
      throw new InvalidDocumentException("the @context entry is not a URL");
    }
  }
}
