// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.List;
import org.essaim.federation.jsonld.ActivityStreamsCodec;
import org.essaim.federation.proof.ObjectIntegrityProofs;
import org.essaim.federation.vocab.As;
import org.essaim.federation.vocab.AsObject;
import org.essaim.federation.vocab.AsValue;
import org.essaim.federation.vocab.Essaim;
import org.essaim.federation.vocab.OpenData;
import org.essaim.federation.vocab.OrderedValues;
import org.junit.jupiter.api.Test;

class DatasetWriterTest {

  static final URI ACTOR = URI.create("https://lons.essaim.example/actors/territory");
  static final URI KEY = URI.create(ACTOR + "#ed25519-key");
  static final Instant RECEIVED = Instant.parse("2026-11-23T09:00:00Z");
  static final Instant UPDATED = Instant.parse("2026-11-24T10:30:00Z");

  @Test
  void recordsKeepThePublishedObjectSoItsProofStillVerifies() throws Exception {
    KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    JsonObject signed =
        ObjectIntegrityProofs.createProof(example("Project"), keys.getPrivate(), KEY, RECEIVED);

    String output =
        write(
            new OpenDataRecord(ACTOR, "etalab-2.0", RECEIVED, UPDATED, signed),
            new OpenDataRecord(ACTOR, "CC-BY-SA-4.0", RECEIVED, null, example("MethodSheet")));

    JsonObject document = Json.createReader(new StringReader(output)).readObject();
    assertThat(document.getString("type")).isEqualTo("OrderedCollection");
    assertThat(document.getString("license")).isEqualTo("etalab-2.0");
    assertThat(document.containsKey("@context")).isTrue();
    JsonArray items = document.getJsonArray("orderedItems");
    assertThat(items).hasSize(2);
    JsonObject first = items.getJsonObject(0);
    assertThat(first.containsKey("@context")).as("records share the collection's").isFalse();
    assertThat(first.getString("type")).isEqualTo("OpenDataRecord");
    assertThat(first.getString("attributedTo")).isEqualTo(ACTOR.toString());
    assertThat(first.getString("license")).isEqualTo("etalab-2.0");
    assertThat(first.getString("received")).isEqualTo("2026-11-23T09:00:00Z");
    assertThat(first.getString("updated")).isEqualTo("2026-11-24T10:30:00Z");
    assertThat(first.getJsonObject("object")).isEqualTo(signed);
    assertThat(
            ObjectIntegrityProofs.verifyProof(
                first.getJsonObject("object"), method -> keys.getPublic()))
        .isEqualTo(KEY);
    assertThat(items.getJsonObject(1).containsKey("updated")).isFalse();
  }

  @Test
  void theWholeDocumentReadsBackAsJsonLd() throws Exception {
    String output =
        write(
            new OpenDataRecord(ACTOR, "etalab-2.0", RECEIVED, UPDATED, example("Project")),
            new OpenDataRecord(ACTOR, "CC-BY-SA-4.0", RECEIVED, UPDATED, example("MethodSheet")));

    AsObject collection = new ActivityStreamsCodec().read(output.getBytes(StandardCharsets.UTF_8));

    assertThat(collection.hasType(As.ORDERED_COLLECTION)).isTrue();
    assertThat(collection.string(Essaim.LICENSE)).hasValue("etalab-2.0");
    List<AsObject> records = records(collection);
    assertThat(records).hasSize(2);
    AsObject record = records.get(0);
    assertThat(record.hasType(OpenData.RECORD)).isTrue();
    assertThat(record.reference(As.ATTRIBUTED_TO)).hasValue(ACTOR);
    assertThat(record.instant(OpenData.RECEIVED)).hasValue(RECEIVED);
    assertThat(record.instant(As.UPDATED)).hasValue(UPDATED);
    AsObject project = record.embedded(As.OBJECT).get(0);
    assertThat(project.hasType(Essaim.PROJECT)).isTrue();
    assertThat(project.string(Essaim.STAGE)).isPresent();
    AsObject sheet = records.get(1).embedded(As.OBJECT).get(0);
    assertThat(sheet.hasType(Essaim.METHOD_SHEET)).isTrue();
    assertThat(records.get(1).string(Essaim.LICENSE)).hasValue("CC-BY-SA-4.0");
  }

  @Test
  void anEmptyDatasetIsAnEmptyCollection() {
    String output = write();
    JsonObject document = Json.createReader(new StringReader(output)).readObject();
    assertThat(document.getJsonArray("orderedItems")).isEmpty();
    AsObject collection = new ActivityStreamsCodec().read(output.getBytes(StandardCharsets.UTF_8));
    assertThat(collection.hasType(As.ORDERED_COLLECTION)).isTrue();
  }

  static String write(OpenDataRecord... records) {
    AsObject head =
        AsObject.builder()
            .id("https://national.essaim.example/api/open-data/projects.jsonld")
            .type(As.ORDERED_COLLECTION)
            .string(As.NAME, "Projets", "fr")
            .string(Essaim.LICENSE, "etalab-2.0")
            .reference(As.ATTRIBUTED_TO, URI.create("https://national.essaim.example/actors/x"))
            .dateTime(As.UPDATED, UPDATED)
            .build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DatasetWriter writer = new DatasetWriter(head, out)) {
      for (OpenDataRecord record : records) {
        writer.write(record);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  static List<AsObject> records(AsObject collection) {
    List<AsValue> values = collection.values(As.ITEMS);
    List<AsValue> flat =
        values.size() == 1 && values.get(0) instanceof OrderedValues list ? list.values() : values;
    return flat.stream().map(AsObject.class::cast).toList();
  }

  static JsonObject example(String type) throws Exception {
    try (InputStream in =
        DatasetWriterTest.class.getResourceAsStream("/examples/essaim/" + type + ".json")) {
      return DatasetWriter.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
