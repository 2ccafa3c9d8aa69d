// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.jsonld;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.context.ActiveContext;
import com.apicatalog.jsonld.expansion.Expansion;
import com.apicatalog.jsonld.processor.ProcessingRuntime;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
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

  private static final int CONTEXTS_CACHED_PER_THREAD = 32;

  private final ProcessingRuntime runtime =
      ProcessingRuntime.of(new JsonLdOptions(BundledDocumentLoader.INSTANCE));
  private final JsonValue defaultContext =
      JsonProvider.provider().createValue(BundledContexts.ACTIVITY_STREAMS.toString());

  // Processing a context (the ActivityStreams one defines some 150 terms) costs far more than
  // expanding a document with it, and peers send the same few @context values again and again:
  // each thread keeps the processed contexts it met last. Per thread, so that no processed
  // context is ever shared between concurrent expansions.
  private final ThreadLocal<Map<JsonValue, ActiveContext>> processedContexts =
      ThreadLocal.withInitial(
          () ->
              new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<JsonValue, ActiveContext> eldest) {
                  return size() > CONTEXTS_CACHED_PER_THREAD;
                }
              });

  /**
   * @return the expanded node object
   * @throws InvalidDocumentException when the document is not one acceptable JSON-LD object
   * @throws ForbiddenContextException when it cites a context that is not bundled
   */
  public JsonObject expand(JsonObject document) {
    checkKeywordsAndContexts(document, 0);
    JsonValue context = document.getOrDefault("@context", defaultContext);
    JsonObject body = withoutContext(document);
    JsonValue expanded;
    try {
      expanded =
          Expansion.with(activeContext(context), body, null, null)
              .frameExpansion(false)
              .ordered(false)
              .compute();
    } catch (JsonLdError e) {
      throw translate(e);
    } catch (RuntimeException e) {
      throw new InvalidDocumentException("the document could not be expanded as JSON-LD", e);
    }
    if (expanded == null || expanded.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new InvalidDocumentException("the document must describe exactly one object");
    }
    return expanded.asJsonObject();
  }

  private ActiveContext activeContext(JsonValue context) throws JsonLdError {
    Map<JsonValue, ActiveContext> cache = processedContexts.get();
    ActiveContext active = cache.get(context);
    if (active == null) {
      active = new ActiveContext(null, null, runtime).newContext().create(context, null);
      cache.put(context, active);
    }
    return active;
  }

  private static JsonObject withoutContext(JsonObject document) {
    if (!document.containsKey("@context")) {
      return document;
    }
    JsonObjectBuilder body = JsonProvider.provider().createObjectBuilder(document);
    body.remove("@context");
    return body.build();
  }

  private static DocumentException translate(JsonLdError e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ForbiddenContextException forbidden) {
        return forbidden;
      }
    }
    return new InvalidDocumentException(
        "the document is not valid JSON-LD ("
            + e.getCode().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
            + ")");
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
