// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JcsTest {
  private static JsonValue parse(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readValue();
    }
  }

  @Test
  void rfc8785MainExample() {
    // RFC 8785, section 3.2.2.
    String input =
        "{\n  \"numbers\": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],\n"
            + "  \"string\": \"\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\\"\\/\",\n"
            + "  \"literals\": [null, true, false]\n}";
    assertThat(Jcs.canonicalize(parse(input)))
        .isEqualTo(
            "{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
                + "\"string\":\"€$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}");
  }

  @Test
  void rfc8785SortsByUtf16CodeUnits() {
    // RFC 8785, section 3.2.3.
    String input =
        "{\"\\u20ac\": \"Euro Sign\", \"\\r\": \"Carriage Return\","
            + " \"\\ufb33\": \"Hebrew Letter Dalet With Dagesh\", \"1\": \"One\","
            + " \"\\ud83d\\ude00\": \"Emoji: Grinning Face\", \"\\u0080\": \"Control\","
            + " \"\\u00f6\": \"Latin Small Letter O With Diaeresis\"}";
    assertThat(Jcs.canonicalize(parse(input)))
        .isEqualTo(
            "{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\","
                + "\"ö\":\"Latin Small Letter O With Diaeresis\",\"€\":\"Euro Sign\","
                + "\"\uD83D\uDE00\":\"Emoji: Grinning Face\","
                + "\"\uFB33\":\"Hebrew Letter Dalet With Dagesh\"}");
  }

  @ParameterizedTest
  @CsvSource({
    // RFC 8785, appendix B: IEEE 754 bit pattern, expected serialisation.
    "0000000000000000, 0",
    "8000000000000000, 0",
    "0000000000000001, 5e-324",
    "8000000000000001, -5e-324",
    "7fefffffffffffff, 1.7976931348623157e+308",
    "ffefffffffffffff, -1.7976931348623157e+308",
    "4340000000000000, 9007199254740992",
    "c340000000000000, -9007199254740992",
    "4430000000000000, 295147905179352830000",
    "44b52d02c7e14af5, 9.999999999999997e+22",
    "44b52d02c7e14af6, 1e+23",
    "44b52d02c7e14af7, 1.0000000000000001e+23",
    "444b1ae4d6e2ef4e, 999999999999999700000",
    "444b1ae4d6e2ef4f, 999999999999999900000",
    "444b1ae4d6e2ef50, 1e+21",
    "3eb0c6f7a0b5ed8c, 9.999999999999997e-7",
    "3eb0c6f7a0b5ed8d, 0.000001",
    "41b3de4355555553, 333333333.3333332",
    "41b3de4355555554, 333333333.33333325",
    "41b3de4355555555, 333333333.3333333",
    "41b3de4355555556, 333333333.3333334",
    "41b3de4355555557, 333333333.33333343",
    "becbf647612f3696, -0.0000033333333333333333",
    "43143ff3c1cb0959, 1424953923781206.2",
  })
  void rfc8785NumberSerialisation(String bits, String expected) {
    double value = Double.longBitsToDouble(Long.parseUnsignedLong(bits, 16));
    assertThat(Jcs.formatNumber(value)).isEqualTo(expected);
  }

  @Test
  void numbersThatTitaniumJcsGetsWrong() {
    assertThat(Jcs.canonicalize(parse("[-1.5e-10, 1e-7, 123456789012345678901234567890, 0.1]")))
        .isEqualTo("[-1.5e-10,1e-7,1.2345678901234568e+29,0.1]");
  }

  @Test
  void escapesOnlyWhatRfc8785Requires() {
    assertThat(Jcs.canonicalize(parse("\"\\u0000\\u001f\\b\\t/\\u007f\\u2028\"")))
        .isEqualTo("\"\\u0000\\u001f\\b\\t/\u007f\u2028\"");
  }

  @Test
  void refusesWhatHasNoCanonicalForm() {
    assertThatThrownBy(() -> Jcs.canonicalize(parse("[1e400]")))
        .isInstanceOf(CanonicalizationException.class);
    assertThatThrownBy(() -> Jcs.canonicalize(Json.createValue("\uD800x")))
        .isInstanceOf(CanonicalizationException.class)
        .hasMessageContaining("surrogate");
  }
}
