// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.essaim.federation.vocab.AsObject;
import org.essaim.federation.vocab.Sec;
import org.junit.jupiter.api.Test;

/** Processed contexts are reused between documents without one document changing them. */
class ContextCacheTest {

  private static final String CONTEXT =
      "\"@context\":[\"https://www.w3.org/ns/activitystreams\",\"https://w3id.org/security/multikey/v1\"]";

  @Test
  void typeScopedTermsDoNotLeakIntoTheNextDocument() {
    ActivityStreamsCodec codec = new ActivityStreamsCodec();
    AsObject key =
        codec.read(
            bytes(
                "{"
                    + CONTEXT
                    + ",\"id\":\"https://a.example/actor#ed25519-key\",\"type\":\"Multikey\","
                    + "\"controller\":\"https://a.example/actor\","
                    + "\"publicKeyMultibase\":\"z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2\"}"));
    assertThat(key.string(Sec.PUBLIC_KEY_MULTIBASE)).isPresent();

    // Same @context, but publicKeyMultibase outside a Multikey: the term is not defined there.
    AsObject note =
        codec.read(
            bytes(
                "{"
                    + CONTEXT
                    + ",\"id\":\"https://a.example/note\",\"type\":\"Note\","
                    + "\"publicKeyMultibase\":\"zABC\"}"));
    assertThat(note.values(Sec.PUBLIC_KEY_MULTIBASE)).isEmpty();

    // And the first document still reads the same afterwards.
    AsObject again =
        codec.read(
            bytes(
                "{"
                    + CONTEXT
                    + ",\"id\":\"https://a.example/actor#ed25519-key\",\"type\":\"Multikey\","
                    + "\"controller\":\"https://a.example/actor\","
                    + "\"publicKeyMultibase\":\"z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2\"}"));
    assertThat(again).isEqualTo(key);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
