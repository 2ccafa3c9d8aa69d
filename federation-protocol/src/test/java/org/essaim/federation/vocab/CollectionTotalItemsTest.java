// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.vocab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.essaim.federation.jsonld.ActivityStreamsCodec;
import org.junit.jupiter.api.Test;

/** totalItems is typed xsd:nonNegativeInteger by the ActivityStreams context. */
class CollectionTotalItemsTest {

  private static final ActivityStreamsCodec CODEC = new ActivityStreamsCodec();

  @Test
  void totalItemsIsWrittenAsThePlainTerm() {
    Collection collection =
        Collection.builder(URI.create("https://a.example/followers"), true, false)
            .totalItems(3)
            .item(new IriReference(URI.create("https://b.example/actors/t")))
            .build();
    JsonObject json = CODEC.write(collection.asObject());
    assertThat(json.getInt("totalItems")).isEqualTo(3);
    assertThat(json.containsKey("https://www.w3.org/ns/activitystreams#totalItems")).isFalse();
    assertThat(json.getJsonArray("orderedItems").getString(0))
        .isEqualTo("https://b.example/actors/t");
  }

  @Test
  void totalItemsIsReadBackFromMastodonsShape() {
    String mastodon =
        "{\"@context\":\"https://www.w3.org/ns/activitystreams\","
            + "\"id\":\"https://m.example/users/a/followers\",\"type\":\"OrderedCollection\","
            + "\"totalItems\":12,\"first\":\"https://m.example/users/a/followers?page=1\"}";
    Collection collection = new Collection(CODEC.read(mastodon.getBytes(StandardCharsets.UTF_8)));
    assertThat(collection.totalItems()).contains(12L);
    Collection written =
        Collection.builder(URI.create("https://a.example/c"), true, false).totalItems(0).build();
    assertThat(new Collection(CODEC.read(CODEC.writeBytes(written.asObject()))).totalItems())
        .contains(0L);
  }

  @Test
  void countsAreNotNegative() {
    assertThatThrownBy(() -> Literal.nonNegativeInteger(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
