// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.proof;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON Canonicalization Scheme of RFC 8785: object members sorted by their names' UTF-16 code
 * units, no whitespace, minimal string escaping and numbers serialised as ECMAScript's {@code
 * Number.prototype.toString} does. Written here rather than taken from titanium-jcs 1.1.1 because
 * that library rounds some doubles to too few digits (for instance {@code -1.5e-10} becomes {@code
 * -2e-10}) and writes {@code 1e-7} in plain notation, so its output would not verify elsewhere.
 */
public final class Jcs {
  private Jcs() {}

  /** The canonical form as a string. */
  public static String canonicalize(JsonValue value) {
    StringBuilder out = new StringBuilder(256);
    write(value, out);
    return out.toString();
  }

  /** The canonical form as UTF-8 bytes, the input of the hash. */
  public static byte[] canonicalBytes(JsonValue value) {
    return canonicalize(value).getBytes(StandardCharsets.UTF_8);
  }

  private static void write(JsonValue value, StringBuilder out) {
    switch (value.getValueType()) {
      case NULL -> out.append("null");
      case TRUE -> out.append("true");
      case FALSE -> out.append("false");
      case STRING -> writeString(((JsonString) value).getString(), out);
      case NUMBER -> out.append(formatNumber(((JsonNumber) value).doubleValue()));
      case ARRAY -> {
        out.append('[');
        boolean first = true;
        for (JsonValue item : (JsonArray) value) {
          if (!first) {
            out.append(',');
          }
          first = false;
          write(item, out);
        }
        out.append(']');
      }
      case OBJECT -> {
        JsonObject object = (JsonObject) value;
        // String.compareTo compares UTF-16 code units, exactly the order RFC 8785 asks for.
        List<String> names = new ArrayList<>(object.keySet());
        names.sort(null);
        out.append('{');
        boolean first = true;
        for (String name : names) {
          if (!first) {
            out.append(',');
          }
          first = false;
          writeString(name, out);
          out.append(':');
          write(object.get(name), out);
        }
        out.append('}');
      }
    }
  }

  private static void writeString(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\f' -> out.append("\\f");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else if (Character.isHighSurrogate(c)
              && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            out.append(c).append(s.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            throw new CanonicalizationException("A JSON string contains an unpaired surrogate");
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  /**
   * ECMAScript Number::toString for a finite double: the fewest significant digits that read back
   * as the same double (the closest such digits if there are two), then plain notation for decimal
   * exponents from -6 to 20 and {@code e} notation elsewhere.
   */
  static String formatNumber(double d) {
    if (!Double.isFinite(d)) {
      throw new CanonicalizationException("A JSON number is outside the IEEE 754 double range");
    }
    if (d == 0) {
      return "0"; // -0 included
    }
    double abs = Math.abs(d);
    BigDecimal digits = shortest(abs).stripTrailingZeros();
    String s = digits.unscaledValue().toString();
    int k = s.length();
    int n = k - digits.scale(); // value = s × 10^(n − k)
    StringBuilder out = new StringBuilder(24);
    if (d < 0) {
      out.append('-');
    }
    if (k <= n && n <= 21) {
      out.append(s).append("0".repeat(n - k));
    } else if (0 < n && n <= 21) {
      out.append(s, 0, n).append('.').append(s, n, k);
    } else if (-6 < n && n <= 0) {
      out.append("0.").append("0".repeat(-n)).append(s);
    } else {
      out.append(s.charAt(0));
      if (k > 1) {
        out.append('.').append(s, 1, k);
      }
      out.append('e').append(n - 1 > 0 ? "+" : "-").append(Math.abs(n - 1));
    }
    return out.toString();
  }

  private static BigDecimal shortest(double abs) {
    BigDecimal exact = new BigDecimal(abs);
    for (int precision = 1; precision <= 17; precision++) {
      BigDecimal below = exact.round(new MathContext(precision, RoundingMode.FLOOR));
      BigDecimal above = exact.round(new MathContext(precision, RoundingMode.CEILING));
      boolean belowOk = below.doubleValue() == abs;
      boolean aboveOk = above.doubleValue() == abs;
      if (belowOk && aboveOk) {
        int cmp = exact.subtract(below).compareTo(above.subtract(exact));
        if (cmp != 0) {
          return cmp < 0 ? below : above;
        }
        return below.unscaledValue().testBit(0) ? above : below;
      }
      if (belowOk) {
        return below;
      }
      if (aboveOk) {
        return above;
      }
    }
    return exact.round(new MathContext(17)); // 17 digits always round-trip; not reached
  }
}
