// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.copies;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Optional;

/** The object embedded in an activity's JSON, as the peer wrote it. */
final class EmbeddedJson {

  private EmbeddedJson() {}

  /**
   * The JSON text of the activity's {@code object} member when it is an object, with the activity's
   * {@code @context} added when it has none of its own (so that it reads alone).
   */
  static Optional<String> object(String activityDocument) {
    JsonObject activity;
    try (var reader = Json.createReader(new StringReader(activityDocument))) {
      activity = reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      return Optional.empty();
    }
    JsonValue object = activity.get("object");
    if (object == null || object.getValueType() != JsonValue.ValueType.OBJECT) {
      return Optional.empty();
    }
    JsonObject embedded = object.asJsonObject();
    if (!embedded.containsKey("@context") && activity.containsKey("@context")) {
      embedded =
          Json.createObjectBuilder()
              .add("@context", activity.get("@context"))
              .addAll(Json.createObjectBuilder(embedded))
              .build();
    }
    return Optional.of(embedded.toString());
  }
}
