// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.opendata;

import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import org.essaim.federation.vocab.As;
import org.essaim.federation.vocab.AsObject;
import org.essaim.federation.vocab.Essaim;
import org.essaim.federation.vocab.OpenData;

/**
 * One exported object and where it comes from.
 *
 * @param attributedTo the actor the object comes from (its territory, or the exporting node for its
 *     own registry)
 * @param license the licence the object is shared under: its own when it names one, else the
 *     dataset's
 * @param received when the exporting node first received it
 * @param updated when the exporting node's copy last changed
 * @param object the object as published, with its own {@code @context} and proof, written as is
 */
public record OpenDataRecord(
    URI attributedTo, String license, Instant received, Instant updated, JsonObject object) {

  public OpenDataRecord {
    Objects.requireNonNull(attributedTo, "attributedTo");
    Objects.requireNonNull(license, "license");
    Objects.requireNonNull(object, "object");
  }

  /** The record without its object, which is added verbatim beside these statements. */
  AsObject provenance() {
    AsObject.Builder builder =
        AsObject.builder()
            .type(OpenData.RECORD)
            .reference(As.ATTRIBUTED_TO, attributedTo)
            .string(Essaim.LICENSE, license);
    if (received != null) {
      builder.dateTime(OpenData.RECEIVED, received);
    }
    if (updated != null) {
      builder.dateTime(As.UPDATED, updated);
    }
    return builder.build();
  }
}
