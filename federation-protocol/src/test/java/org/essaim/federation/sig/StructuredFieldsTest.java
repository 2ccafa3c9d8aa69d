// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.sig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.essaim.federation.sig.StructuredFields.ByteSequence;
import org.essaim.federation.sig.StructuredFields.InnerList;
import org.essaim.federation.sig.StructuredFields.Item;
import org.essaim.federation.sig.StructuredFields.Member;
import org.essaim.federation.sig.StructuredFields.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StructuredFieldsTest {

  @Test
  void parsesEveryBareItemType() {
    assertThat(StructuredFields.parseItem("42").value()).isEqualTo(42L);
    assertThat(StructuredFields.parseItem("-7").value()).isEqualTo(-7L);
    assertThat(StructuredFields.parseItem("4.5").value()).isEqualTo(new BigDecimal("4.5"));
    assertThat(StructuredFields.parseItem("\"a \\\"b\\\\\"").value()).isEqualTo("a \"b\\");
    assertThat(StructuredFields.parseItem("sha-256").value()).isEqualTo(new Token("sha-256"));
    assertThat(StructuredFields.parseItem(":aGVsbG8=:").value())
        .isEqualTo(new ByteSequence("hello".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    assertThat(StructuredFields.parseItem("?1").value()).isEqualTo(true);
    assertThat(StructuredFields.parseItem("?0").value()).isEqualTo(false);
  }

  @Test
  void parsesSignatureInputDictionary() {
    Map<String, Member> dict =
        StructuredFields.parseDictionary(
            "sig1=(\"@method\" \"@query-param\";name=\"Pet\");created=1618884473;keyid=\"k\", sig2=();alg=\"ed25519\"");
    InnerList sig1 = (InnerList) dict.get("sig1");
    assertThat(sig1.items()).hasSize(2);
    assertThat(sig1.items().get(1).parameters()).containsEntry("name", "Pet");
    assertThat(sig1.parameters()).containsEntry("created", 1618884473L).containsEntry("keyid", "k");
    assertThat(((InnerList) dict.get("sig2")).items()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "sig1=(\"@method\" \"@target-uri\");created=1;keyid=\"a\"",
        "a=1, b=?0, c, d=tok;p=2.5",
        "sha-256=:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=:"
      })
  void dictionariesRoundTripCanonically(String input) {
    assertThat(StructuredFields.serializeDictionary(StructuredFields.parseDictionary(input)))
        .isEqualTo(input);
  }

  @Test
  void normalisesWhitespaceAndBooleans() {
    assertThat(
            StructuredFields.serializeDictionary(
                StructuredFields.parseDictionary("  a=?1;x=?1 ,\tb=( 1  2 )  ")))
        .isEqualTo("a;x, b=(1 2)");
    assertThat(StructuredFields.serializeList(StructuredFields.parseList("1, (\"a\" b);q, ?0")))
        .isEqualTo("1, (\"a\" b);q, ?0");
  }

  @Test
  void duplicateKeysKeepTheLastValueInFirstPosition() {
    // RFC 8941 4.2.2: overwrite; we move the key so order reflects the final value.
    assertThat(
            StructuredFields.serializeDictionary(StructuredFields.parseDictionary("a=1, b=2, a=3")))
        .isEqualTo("b=2, a=3");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a=",
        "A=1",
        "a=1,",
        "a=1 b=2",
        "a=(1 2",
        "a=\"unterminated",
        "a=\"bad \\n escape\"",
        "a=:not base64!:",
        "a=?2",
        "a=1234567890123456",
        "a=1.2345",
        "a=é",
        "a=1;B=2"
      })
  void rejectsMalformedInput(String input) {
    assertThatThrownBy(() -> StructuredFields.parseDictionary(input))
        .isInstanceOf(StructuredFieldException.class);
  }

  @Test
  void serialisesItemsWithParameters() {
    Item item = new Item("@query-param", Map.of("name", "Pet"));
    assertThat(item).hasToString("\"@query-param\";name=\"Pet\"");
    assertThat(new InnerList(List.of(new Item("a"), item), Map.of("created", 5L)))
        .hasToString("(\"a\" \"@query-param\";name=\"Pet\");created=5");
    assertThatThrownBy(() -> new Item("caf\u00e9").toString())
        .isInstanceOf(StructuredFieldException.class);
    assertThatThrownBy(() -> new Item(new Object())).isInstanceOf(StructuredFieldException.class);
  }

  @Test
  void keepsLargestIntegerAndRejectsBeyond() {
    assertThat(StructuredFields.parseItem("999999999999999").value())
        .isEqualTo(999_999_999_999_999L);
    assertThatThrownBy(() -> StructuredFields.serializeBareItem(1_000_000_000_000_000L))
        .isInstanceOf(StructuredFieldException.class);
  }
}
