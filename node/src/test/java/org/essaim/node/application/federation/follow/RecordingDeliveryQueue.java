// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.follow;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.essaim.node.application.federation.DeliveryQueue;

/** Records what would be sent, for unit tests. */
final class RecordingDeliveryQueue implements DeliveryQueue {

  record Sent(URI id, JsonObject activity, Set<URI> inboxes) {
    String type() {
      return activity.getString("type");
    }
  }

  final List<Sent> sent = new ArrayList<>();

  @Override
  public void enqueue(URI activityId, byte[] activity, Collection<URI> inboxes) {
    JsonObject json =
        Json.createReader(new StringReader(new String(activity, StandardCharsets.UTF_8)))
            .readObject();
    sent.add(new Sent(activityId, json, Set.copyOf(inboxes)));
  }

  Sent last() {
    return sent.get(sent.size() - 1);
  }
}
