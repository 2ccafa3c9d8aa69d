// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.opendata;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import org.essaim.federation.vocab.AsObject;

/**
 * One exported copy of a territory's object, with its provenance.
 *
 * @param localId the copy's id here (the export's order)
 * @param objectId the object's ActivityPub id, on its territory's node
 * @param territoryActor the territory it comes from ({@code attributedTo})
 * @param territoryName that territory's name, from the registry or the copy, or null
 * @param license the object's own licence, else the dataset's
 * @param received when this node first received it
 * @param refreshed when this node's copy last changed
 * @param document the object as published (JSON, with its {@code @context} and proof)
 * @param object the same, read
 * @param record its typed view ({@code Project}, {@code MethodSheet}, {@code TransferableSolution})
 */
public record OpenItem(
    long localId,
    URI objectId,
    URI territoryActor,
    String territoryName,
    String license,
    Instant received,
    Instant refreshed,
    JsonObject document,
    AsObject object,
    Object record) {

  /** The first FEP-8b32 proof of the document, as published; empty when it has none. */
  public Optional<JsonObject> proof() {
    JsonValue proof = document.get("proof");
    if (proof == null) {
      return Optional.empty();
    }
    if (proof.getValueType() == JsonValue.ValueType.ARRAY && !proof.asJsonArray().isEmpty()) {
      proof = proof.asJsonArray().get(0);
    }
    return proof.getValueType() == JsonValue.ValueType.OBJECT
        ? Optional.of(proof.asJsonObject())
        : Optional.empty();
  }

  /** A string member of the proof, or null. */
  public String proofMember(String name) {
    return proof()
        .map(p -> p.get(name))
        .filter(v -> v.getValueType() == JsonValue.ValueType.STRING)
        .map(v -> ((jakarta.json.JsonString) v).getString())
        .orElse(null);
  }
}
