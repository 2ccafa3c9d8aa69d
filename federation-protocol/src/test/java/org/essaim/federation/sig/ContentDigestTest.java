// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.sig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.essaim.federation.sig.ContentDigest.Algorithm;
import org.essaim.federation.sig.SignatureVerificationException.Reason;
import org.junit.jupiter.api.Test;

/** The examples of RFC 9530 (sections 2 and B) and RFC 9421's test-request digest. */
class ContentDigestTest {
  private static final byte[] HELLO = bytes("{\"hello\": \"world\"}");
  private static final byte[] HELLO_LF = bytes("{\"hello\": \"world\"}\n");

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void rfc9530Section2Examples() {
    assertThat(ContentDigest.create(HELLO, Algorithm.SHA_256))
        .isEqualTo("sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:");
    assertThat(ContentDigest.create(HELLO, Algorithm.SHA_512))
        .isEqualTo(
            "sha-512=:WZDPaVn/7XgHaAy8pmojAkGWoRx2UFChF41A2svX+TaPm+AbwAgBWnrIiYllu7BNNyealdVLvRwEmTHWXvJwew==:");
    // Section 2's two-algorithm field (its body is not given): a dictionary of byte sequences.
    var dict =
        StructuredFields.parseDictionary(
            "sha-256=:d435Qo+nKZ+gLcUHn7GQtQ72hiBVAgqoLsZnZPiTGPk=:,"
                + "sha-512=:YMAam51Jz/jOATT6/zvHrLVgOYTGFy1d6GJiOHTohq4yP+pgk4vf2aCsyRZOtw8MjkM7iw7yZ/WkppmM44T3qg==:");
    assertThat(((StructuredFields.Item) dict.get("sha-256")).value())
        .isInstanceOfSatisfying(
            StructuredFields.ByteSequence.class, b -> assertThat(b.bytes()).hasSize(32));
    assertThat(((StructuredFields.Item) dict.get("sha-512")).value())
        .isInstanceOfSatisfying(
            StructuredFields.ByteSequence.class, b -> assertThat(b.bytes()).hasSize(64));
  }

  @Test
  void rfc9530AppendixBExamples() {
    assertThat(ContentDigest.create(HELLO_LF, Algorithm.SHA_256))
        .isEqualTo("sha-256=:RK/0qy18MlBSVnWgjwz6lZEWjP/lF5HF9bvEF8FabDg=:");
    assertThat(ContentDigest.create(new byte[0], Algorithm.SHA_256))
        .isEqualTo("sha-256=:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=:");
    ContentDigest.verify(
        "sha-256=:jjcgBDWNAtbYUXI37CVG3gRuGOAjaaDRGpIUFsdyepQ=:", bytes("\"world\"}\n"));
  }

  @Test
  void mismatchIsRejected() {
    assertThatThrownBy(
            () ->
                ContentDigest.verify(
                    "sha-256=:RK/0qy18MlBSVnWgjwz6lZEWjP/lF5HF9bvEF8FabDg=:", HELLO))
        .isInstanceOfSatisfying(
            SignatureVerificationException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.DIGEST_MISMATCH));
  }

  @Test
  void onlyUnknownAlgorithmsIsRejected() {
    assertThatThrownBy(() -> ContentDigest.verify("md5=:AAAA:, unixsum=:AAAA:", HELLO))
        .isInstanceOfSatisfying(
            SignatureVerificationException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.DIGEST_MISMATCH));
  }

  @Test
  void unknownAlgorithmsBesideAKnownOneAreIgnored() {
    ContentDigest.verify(
        "md5=:AAAA:, sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:", HELLO);
  }

  @Test
  void garbledFieldIsMalformed() {
    assertThatThrownBy(
            () ->
                ContentDigest.verify("sha-256=X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=", HELLO))
        .isInstanceOfSatisfying(
            SignatureVerificationException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_SIGNATURE));
  }

  @Test
  void legacyDigestField() {
    assertThat(ContentDigest.createLegacy(HELLO))
        .isEqualTo("SHA-256=X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=");
    ContentDigest.verifyLegacy("sha-256=X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=", HELLO);
    assertThatThrownBy(
            () ->
                ContentDigest.verifyLegacy(
                    "SHA-256=X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=", HELLO_LF))
        .isInstanceOfSatisfying(
            SignatureVerificationException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.DIGEST_MISMATCH));
  }
}
