// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.jsonld;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.essaim.federation.vocab.AsObject;
import org.essaim.federation.vocab.AsValue;
import org.essaim.federation.vocab.Essaim;
import org.essaim.federation.vocab.OrderedValues;

/**
 * Reads and writes ActivityStreams documents. Thread-safe; make one and share it.
 *
 * <p>Reading: bounded JSON parsing ({@link DocumentLimits}), keyword and context checks, JSON-LD
 * expansion with the bundled contexts only, then mapping to an {@link AsObject}. Every failure is a
 * {@link DocumentException} subclass with a message fit for a log or an error answer.
 *
 * <p>Writing: compact JSON with the {@code @context} Essaim always sends — ActivityStreams, the
 * security vocabularies (actor keys, Multikey, integrity proofs) and Essaim's own terms inline, so
 * no receiver has to fetch anything to read it.
 */
public final class ActivityStreamsCodec {

  private static final JsonProvider JSON = JsonProvider.provider();

  /** The contexts cited by URL in every document Essaim writes, in order. */
  public static final List<URI> OUTPUT_CONTEXTS =
      List.of(
          BundledContexts.ACTIVITY_STREAMS,
          BundledContexts.SECURITY_V1,
          BundledContexts.DATA_INTEGRITY_V1,
          URI.create("https://www.w3.org/ns/did/v1"),
          BundledContexts.MULTIKEY_V1);

  private final DocumentLimits limits;
  private final BoundedJsonReader reader;
  private final JsonLdExpander expander = new JsonLdExpander();
  // Essaim's inline terms weigh some 3 KB: only documents that use them carry them.
  private final CompactFormWriter writer;
  private final CompactFormWriter writerWithEssaimTerms;

  public ActivityStreamsCodec() {
    this(DocumentLimits.DEFAULT);
  }

  public ActivityStreamsCodec(DocumentLimits limits) {
    this(limits, null);
  }

  private ActivityStreamsCodec(DocumentLimits limits, JsonObject extraTerms) {
    this.limits = limits;
    this.reader = new BoundedJsonReader(limits);
    this.writer = writerFor(outputContext(false, extraTerms));
    this.writerWithEssaimTerms = writerFor(outputContext(true, extraTerms));
  }

  /**
   * A codec that also writes with {@code terms}, an inline context added after the usual ones, for
   * documents that are not federation messages (the open data catalogue uses DCAT and CSVW terms).
   * The terms must define their own prefixes; reading is unchanged.
   */
  public ActivityStreamsCodec withInlineTerms(JsonObject terms) {
    return new ActivityStreamsCodec(limits, terms);
  }

  private static CompactFormWriter writerFor(JsonValue context) {
    List<JsonValue> contexts = new ArrayList<>(context.asJsonArray());
    return new CompactFormWriter(context, TermTable.of(contexts));
  }

  /** Reads a document received as bytes (an inbox POST body, a fetched object). */
  public AsObject read(byte[] document) {
    return read(reader.readObject(document));
  }

  /** Reads a document already parsed as JSON (its size limits must have been applied). */
  public AsObject read(JsonObject document) {
    return ExpandedFormReader.readNode(expander.expand(document));
  }

  public JsonObject write(AsObject object) {
    return (usesEssaimTerms(object) ? writerWithEssaimTerms : writer).write(object);
  }

  private static boolean usesEssaimTerms(AsValue value) {
    if (value instanceof AsObject object) {
      return object.types().stream().anyMatch(t -> t.startsWith(Essaim.NS))
          || object.properties().entrySet().stream()
              .anyMatch(
                  p ->
                      p.getKey().startsWith(Essaim.NS)
                          || p.getValue().stream().anyMatch(ActivityStreamsCodec::usesEssaimTerms));
    }
    if (value instanceof OrderedValues list) {
      return list.values().stream().anyMatch(ActivityStreamsCodec::usesEssaimTerms);
    }
    return false;
  }

  public String writeString(AsObject object) {
    StringWriter out = new StringWriter();
    try (var json = JSON.createWriter(out)) {
      json.writeObject(write(object));
    }
    return out.toString();
  }

  public byte[] writeBytes(AsObject object) {
    return writeString(object).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * ActivityStreams extension terms the AS2 context does not define, which Mastodon and others read
   * by these exact names: defined inline, as Mastodon does.
   */
  private static JsonObject activityStreamsExtensions() {
    return JSON.createObjectBuilder()
        .add("manuallyApprovesFollowers", "as:manuallyApprovesFollowers")
        .add("sensitive", "as:sensitive")
        .add("Hashtag", "as:Hashtag")
        .add("movedTo", JSON.createObjectBuilder().add("@id", "as:movedTo").add("@type", "@id"))
        .add(
            "alsoKnownAs",
            JSON.createObjectBuilder().add("@id", "as:alsoKnownAs").add("@type", "@id"))
        .build();
  }

  private static JsonValue outputContext(boolean withEssaimTerms, JsonObject extraTerms) {
    JsonArrayBuilder context = JSON.createArrayBuilder();
    OUTPUT_CONTEXTS.forEach(url -> context.add(url.toString()));
    context.add(activityStreamsExtensions());
    if (withEssaimTerms) {
      context.add(inlineEssaimContext());
    }
    if (extraTerms != null) {
      context.add(extraTerms);
    }
    return context.build();
  }

  /** Essaim's terms, inline: receivers need not (and often cannot) fetch our context URL. */
  private static JsonObject inlineEssaimContext() {
    String resource = BundledContexts.resourceFor(BundledContexts.ESSAIM_V1).orElseThrow();
    try (InputStream in = ActivityStreamsCodec.class.getResourceAsStream(resource);
        var json = JSON.createReader(in)) {
      return json.readObject().getJsonObject("@context");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
