// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.opendata;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import java.io.OutputStream;
import java.io.StringReader;
import java.util.Map;
import org.essaim.federation.jsonld.ActivityStreamsCodec;
import org.essaim.federation.jsonld.MalformedJsonException;
import org.essaim.federation.vocab.AsObject;
import org.essaim.federation.vocab.OpenData;

/**
 * Writes a dataset as one JSON-LD {@code OrderedCollection} whose {@code orderedItems} are {@link
 * OpenDataRecord}s, one at a time: the collection's own statements and each record's provenance go
 * through {@link ActivityStreamsCodec} (with the {@link OpenData} terms), each record's object is
 * copied as published. The records share the collection's {@code @context}; an object keeps its
 * own, which JSON-LD applies inside it. Not thread-safe; one per response.
 */
public final class DatasetWriter implements AutoCloseable {

  private static final JsonProvider JSON = JsonProvider.provider();

  /** The codec of open data documents: the usual contexts plus the open data terms. */
  public static final ActivityStreamsCodec CODEC =
      new ActivityStreamsCodec().withInlineTerms(OpenData.terms());

  private final JsonGenerator out;
  private boolean closed;

  /**
   * Starts the document: the collection's statements (with the {@code @context}), then the opening
   * of {@code orderedItems}.
   *
   * @param collection the collection without items (id, name, licence…); it must use an Essaim or
   *     open data term, so that the context names {@code license}, {@code received}…
   * @param target where the UTF-8 JSON goes; flushed, not closed, by {@link #close()}
   */
  public DatasetWriter(AsObject collection, OutputStream target) {
    JsonObject head = CODEC.write(collection);
    this.out = JSON.createGenerator(target);
    out.writeStartObject();
    for (Map.Entry<String, JsonValue> entry : head.entrySet()) {
      out.write(entry.getKey(), entry.getValue());
    }
    out.writeStartArray("orderedItems");
  }

  /** Adds one record. */
  public void write(OpenDataRecord record) {
    JsonObject provenance = CODEC.write(record.provenance());
    out.writeStartObject();
    for (Map.Entry<String, JsonValue> entry : provenance.entrySet()) {
      if (!entry.getKey().equals("@context")) {
        out.write(entry.getKey(), entry.getValue());
      }
    }
    out.write("object", record.object());
    out.writeEnd();
  }

  /**
   * Parses a stored document for a record (its size was bounded when it was received).
   *
   * @throws MalformedJsonException when it is not a JSON object
   */
  public static JsonObject parse(String document) {
    try (var reader = JSON.createReader(new StringReader(document))) {
      return reader.readObject();
    } catch (RuntimeException e) {
      throw new MalformedJsonException("a stored document is not a JSON object: " + e.getMessage());
    }
  }

  /** Ends the collection and flushes; the target stays open. */
  @Override
  public void close() {
    if (!closed) {
      closed = true;
      out.writeEnd();
      out.writeEnd();
      out.flush();
    }
  }
}
