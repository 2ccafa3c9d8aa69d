// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.copies;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmbeddedJsonTest {

  @Test
  void theEmbeddedObjectGetsTheActivitysContextWhenItHasNone() {
    String activity =
        "{\"@context\":\"https://www.w3.org/ns/activitystreams\",\"type\":\"Create\","
            + "\"object\":{\"id\":\"https://a.example/1\",\"type\":\"Note\"}}";

    assertThat(EmbeddedJson.object(activity))
        .contains(
            "{\"@context\":\"https://www.w3.org/ns/activitystreams\","
                + "\"id\":\"https://a.example/1\",\"type\":\"Note\"}");
  }

  @Test
  void anObjectNamedByIdOrUnreadableJsonHasNone() {
    assertThat(EmbeddedJson.object("{\"object\":\"https://a.example/1\"}")).isEmpty();
    assertThat(EmbeddedJson.object("not json")).isEmpty();
  }
}
