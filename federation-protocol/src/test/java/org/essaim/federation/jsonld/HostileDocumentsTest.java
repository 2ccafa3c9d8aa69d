// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.jsonld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.essaim.federation.FederationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Malformed, oversized and tricky documents get the library's own typed error, with a message that
 * names the problem and nothing of the parser's internals, and quickly.
 */
@Timeout(10)
class HostileDocumentsTest {

  private static final ActivityStreamsCodec CODEC = new ActivityStreamsCodec();
  private static final String CONTEXT = "\"@context\":\"https://www.w3.org/ns/activitystreams\"";

  @Test
  void truncatedJson() {
    assertRefused(
            "{" + CONTEXT + ",\"type\":\"Create\",\"actor\":\"https://a.example/",
            MalformedJsonException.class)
        .hasMessageContaining("not valid JSON")
        .hasMessageContaining("line 1");
  }

  @Test
  void notAnObject() {
    assertRefused("[{\"type\":\"Note\"}]", MalformedJsonException.class);
    assertRefused("\"Create\"", MalformedJsonException.class);
    assertRefused("", MalformedJsonException.class);
  }

  @Test
  void trailingContent() {
    assertRefused(
        "{" + CONTEXT + ",\"type\":\"Note\"} {\"type\":\"Note\"}", MalformedJsonException.class);
  }

  @Test
  void invalidUtf8() {
    byte[] bytes = ("{" + CONTEXT + ",\"name\":\"x\"}").getBytes(StandardCharsets.UTF_8);
    bytes[bytes.length - 3] = (byte) 0xC3; // a lead byte followed by '"': broken sequence
    assertThatThrownBy(() -> CODEC.read(bytes)).isInstanceOf(MalformedJsonException.class);
  }

  @Test
  void duplicateMembersAreRefused() {
    assertRefused(
            "{"
                + CONTEXT
                + ",\"type\":\"Follow\",\"actor\":\"https://a.example/u\",\"actor\":\"https://b.example/u\"}",
            MalformedJsonException.class)
        .hasMessageContaining("\"actor\" appears twice");
  }

  @Test
  void tenMegabyteBodyIsRefusedBeforeParsing() {
    byte[] huge = new byte[10 * 1024 * 1024];
    java.util.Arrays.fill(huge, (byte) ' ');
    long start = System.nanoTime();
    assertThatThrownBy(() -> CODEC.read(huge))
        .isInstanceOf(DocumentLimitException.class)
        .satisfies(
            e ->
                assertThat(((DocumentLimitException) e).limit())
                    .isEqualTo(DocumentLimitException.Limit.SIZE));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
  }

  @Test
  void deepNesting() {
    String deep = "{" + CONTEXT + ",\"object\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
    assertRefused(deep, DocumentLimitException.class).hasMessageContaining("deeper than 32");
  }

  @Test
  void hugeArray() {
    String items = "\"https://a.example/x\",".repeat(20_000);
    String doc =
        "{"
            + CONTEXT
            + ",\"type\":\"Collection\",\"items\":["
            + items
            + "\"https://a.example/y\"]}";
    assertRefused(doc, DocumentLimitException.class)
        .hasMessageContaining("more than 10000 elements");
  }

  @Test
  void tooManyMembers() {
    StringBuilder doc = new StringBuilder("{" + CONTEXT);
    for (int i = 0; i < 2000; i++) {
      doc.append(",\"p").append(i).append("\":1");
    }
    assertRefused(doc.append('}').toString(), DocumentLimitException.class);
  }

  @Test
  void remoteContextIsRefusedNotFetched() {
    String doc =
        "{\"@context\":[\"https://www.w3.org/ns/activitystreams\",\"https://evil.example/context.jsonld\"],\"type\":\"Note\"}";
    assertThatThrownBy(() -> CODEC.read(doc.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(ForbiddenContextException.class)
        .satisfies(
            e ->
                assertThat(((ForbiddenContextException) e).context())
                    .isEqualTo(URI.create("https://evil.example/context.jsonld")))
        .hasMessageContaining("not fetched");
  }

  @Test
  void remoteContextHiddenInsideAnInlineContextIsRefused() {
    String doc =
        "{\"@context\":[\"https://www.w3.org/ns/activitystreams\",{\"@import\":\"https://evil.example/c\"}],\"type\":\"Note\"}";
    assertThatThrownBy(() -> CODEC.read(doc.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(DocumentException.class);
    String scoped =
        "{\"@context\":[\"https://www.w3.org/ns/activitystreams\",{\"Thing\":{\"@id\":\"https://x.example/Thing\",\"@context\":\"https://evil.example/c\"}}],\"type\":\"Thing\"}";
    assertThatThrownBy(() -> CODEC.read(scoped.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(ForbiddenContextException.class);
  }

  @Test
  void graphIncludedAndReverseAreRefused() {
    assertRefused(
            "{"
                + CONTEXT
                + ",\"type\":\"Create\",\"actor\":\"https://a.example/u\",\"@graph\":[{\"id\":\"https://b.example/x\",\"type\":\"Note\"}]}",
            InvalidDocumentException.class)
        .hasMessageContaining("@graph");
    assertRefused(
            "{"
                + CONTEXT
                + ",\"type\":\"Create\",\"object\":{\"type\":\"Note\",\"@included\":[{\"id\":\"https://b.example/x\"}]}}",
            InvalidDocumentException.class)
        .hasMessageContaining("@included");
    assertRefused(
            "{"
                + CONTEXT
                + ",\"id\":\"https://a.example/u\",\"@reverse\":{\"https://www.w3.org/ns/activitystreams#actor\":{\"id\":\"https://b.example/act\"}}}",
            InvalidDocumentException.class)
        .hasMessageContaining("@reverse");
  }

  @Test
  void wrongTypesAreInvalidJsonLd() {
    assertRefused("{" + CONTEXT + ",\"id\":42,\"type\":\"Note\"}", InvalidDocumentException.class);
    assertRefused("{" + CONTEXT + ",\"type\":{\"nested\":true}}", InvalidDocumentException.class);
  }

  @Test
  void documentWithoutContextIsReadAsActivityStreams() {
    var note =
        CODEC.read(
            "{\"id\":\"https://a.example/n/1\",\"type\":\"Note\",\"content\":\"Bonjour\"}"
                .getBytes(StandardCharsets.UTF_8));
    assertThat(note.string("https://www.w3.org/ns/activitystreams#content")).contains("Bonjour");
  }

  @Test
  void numberBombsAreHarmless() {
    var note =
        CODEC.read(
            ("{"
                    + CONTEXT
                    + ",\"type\":\"Note\",\"name\":1e999999999,\"summary\":123456789012345678901234567890}")
                .getBytes(StandardCharsets.UTF_8));
    assertThat(note.types()).hasSize(1);
  }

  @Test
  void everyRefusalIsAFederationException() {
    assertThatThrownBy(() -> CODEC.read("nope".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(FederationException.class)
        .hasMessageNotContaining("jakarta")
        .hasMessageNotContaining("glassfish");
  }

  private static org.assertj.core.api.AbstractThrowableAssert<?, ? extends Throwable> assertRefused(
      String document, Class<? extends DocumentException> type) {
    return assertThatThrownBy(() -> CODEC.read(document.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(type);
  }
}
