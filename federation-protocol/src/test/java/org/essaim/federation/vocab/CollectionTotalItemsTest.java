// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.vocab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import java.net.URI;
import org.essaim.federation.jsonld.ActivityStreamsCodec;
import org.junit.jupiter.api.Test;

class CollectionTotalItemsTest {

  private final ActivityStreamsCodec codec = new ActivityStreamsCodec();

  @Test
  void totalItemsIsWrittenUnderItsShortNameAsANumberAndReadBack() {
    Collection collection =
        Collection.builder(URI.create("https://a.example/outbox"), true, false)
            .totalItems(42)
            .first(URI.create("https://a.example/outbox?page=1"))
            .build();
    JsonObject json = codec.write(collection.asObject());
    assertThat(json.getJsonNumber("totalItems").longValue()).isEqualTo(42);
    assertThat(new Collection(codec.read(json)).totalItems()).contains(42L);
  }

  @Test
  void negativeCountsAreRefused() {
    assertThatThrownBy(() -> Literal.nonNegativeInteger(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
