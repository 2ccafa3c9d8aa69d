// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.sig;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The part of RFC 8941 (Structured Field Values) that HTTP signatures and digests need: items,
 * inner lists, parameters, lists and dictionaries, with integers, decimals, strings, tokens, byte
 * sequences and booleans. Parsing is strict and fails with {@link StructuredFieldException};
 * serialisation is canonical, so parse-then-serialise normalises a value.
 *
 * <p>Bare items are represented as {@link Long}, {@link BigDecimal}, {@link String}, {@link Token},
 * {@link ByteSequence} and {@link Boolean}.
 */
public final class StructuredFields {
  private static final long MAX_INTEGER = 999_999_999_999_999L;

  private StructuredFields() {}

  /** A token bare item (unquoted, such as {@code sha-256} or {@code ?1}'s siblings). */
  public record Token(String value) {
    public Token {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
      return value;
    }
  }

  /** A byte sequence bare item ({@code :base64:}); compared by content. */
  public record ByteSequence(byte[] bytes) {
    public ByteSequence {
      bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
      return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof ByteSequence other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
      return ":" + Base64.getEncoder().encodeToString(bytes) + ":";
    }
  }

  /** A list or dictionary member: either an {@link Item} or an {@link InnerList}. */
  public sealed interface Member permits Item, InnerList {
    Map<String, Object> parameters();
  }

  /** A bare item with its parameters (kept in order). */
  public record Item(Object value, Map<String, Object> parameters) implements Member {
    public Item {
      checkBareItem(value);
      parameters = copyParameters(parameters);
    }

    public Item(Object value) {
      this(value, Map.of());
    }

    /** The value when it is a string, else a StructuredFieldException. */
    public String stringValue() {
      if (value instanceof String s) {
        return s;
      }
      throw new StructuredFieldException("Expected a string");
    }

    @Override
    public String toString() {
      return serialize(this);
    }
  }

  /** An inner list of items, with the parameters of the list itself. */
  public record InnerList(List<Item> items, Map<String, Object> parameters) implements Member {
    public InnerList {
      items = List.copyOf(items);
      parameters = copyParameters(parameters);
    }

    @Override
    public String toString() {
      return serialize(this);
    }
  }

  // ---------------------------------------------------------------- parsing

  /** Parses a dictionary field value (keys in order of first appearance, last value wins). */
  public static Map<String, Member> parseDictionary(String input) {
    Parser p = new Parser(input);
    Map<String, Member> result = new LinkedHashMap<>();
    p.skipSp();
    while (!p.atEnd()) {
      String key = p.parseKey();
      Member member;
      if (p.peek() == '=') {
        p.pos++;
        member = p.parseItemOrInnerList();
      } else {
        member = new Item(Boolean.TRUE, p.parseParameters());
      }
      result.remove(key);
      result.put(key, member);
      if (p.endOfMember()) {
        break;
      }
    }
    return Collections.unmodifiableMap(result);
  }

  /** Parses a list field value. */
  public static List<Member> parseList(String input) {
    Parser p = new Parser(input);
    List<Member> result = new ArrayList<>();
    p.skipSp();
    while (!p.atEnd()) {
      result.add(p.parseItemOrInnerList());
      if (p.endOfMember()) {
        break;
      }
    }
    return List.copyOf(result);
  }

  /** Parses an item field value. */
  public static Item parseItem(String input) {
    Parser p = new Parser(input);
    p.skipSp();
    Item item = p.parseItem();
    p.skipSp();
    if (!p.atEnd()) {
      throw new StructuredFieldException("Unexpected characters after item");
    }
    return item;
  }

  // ---------------------------------------------------------------- serialising

  public static String serializeDictionary(Map<String, ? extends Member> dictionary) {
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, ? extends Member> e : dictionary.entrySet()) {
      if (out.length() > 0) {
        out.append(", ");
      }
      out.append(checkKey(e.getKey()));
      Member m = e.getValue();
      if (m instanceof Item item && Boolean.TRUE.equals(item.value())) {
        appendParameters(out, item.parameters());
      } else {
        out.append('=');
        appendMember(out, m);
      }
    }
    return out.toString();
  }

  public static String serializeList(List<? extends Member> list) {
    StringBuilder out = new StringBuilder();
    for (Member m : list) {
      if (out.length() > 0) {
        out.append(", ");
      }
      appendMember(out, m);
    }
    return out.toString();
  }

  public static String serialize(Member member) {
    StringBuilder out = new StringBuilder();
    appendMember(out, member);
    return out.toString();
  }

  /** Serialises a bare item without parameters. */
  public static String serializeBareItem(Object value) {
    StringBuilder out = new StringBuilder();
    appendBareItem(out, value);
    return out.toString();
  }

  private static void appendMember(StringBuilder out, Member member) {
    if (member instanceof InnerList list) {
      out.append('(');
      for (int i = 0; i < list.items().size(); i++) {
        if (i > 0) {
          out.append(' ');
        }
        appendMember(out, list.items().get(i));
      }
      out.append(')');
    } else {
      appendBareItem(out, ((Item) member).value());
    }
    appendParameters(out, member.parameters());
  }

  private static void appendParameters(StringBuilder out, Map<String, Object> parameters) {
    for (Map.Entry<String, Object> p : parameters.entrySet()) {
      out.append(';').append(checkKey(p.getKey()));
      if (!Boolean.TRUE.equals(p.getValue())) {
        out.append('=');
        appendBareItem(out, p.getValue());
      }
    }
  }

  private static void appendBareItem(StringBuilder out, Object value) {
    if (value instanceof Long l) {
      if (Math.abs(l) > MAX_INTEGER) {
        throw new StructuredFieldException("Integer out of range");
      }
      out.append(l);
    } else if (value instanceof Integer i) {
      out.append(i.longValue());
    } else if (value instanceof BigDecimal d) {
      BigDecimal rounded = d.setScale(3, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros();
      if (rounded.abs().compareTo(BigDecimal.valueOf(MAX_INTEGER / 1000)) > 0) {
        throw new StructuredFieldException("Decimal out of range");
      }
      String plain = rounded.toPlainString();
      out.append(plain.contains(".") ? plain : plain + ".0");
    } else if (value instanceof String s) {
      out.append('"');
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c < 0x20 || c > 0x7e) {
          throw new StructuredFieldException("String contains a non-printable-ASCII character");
        }
        if (c == '"' || c == '\\') {
          out.append('\\');
        }
        out.append(c);
      }
      out.append('"');
    } else if (value instanceof Token t) {
      if (!isToken(t.value())) {
        throw new StructuredFieldException("Invalid token");
      }
      out.append(t.value());
    } else if (value instanceof ByteSequence b) {
      out.append(b);
    } else if (value instanceof Boolean b) {
      out.append(b ? "?1" : "?0");
    } else {
      throw new StructuredFieldException("Not a structured field bare item");
    }
  }

  private static boolean isToken(String s) {
    if (s.isEmpty()) {
      return false;
    }
    char first = s.charAt(0);
    if (!(isAlpha(first) || first == '*')) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      if (!isTokenChar(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static String checkKey(String key) {
    boolean ok = !key.isEmpty() && (isLcAlpha(key.charAt(0)) || key.charAt(0) == '*');
    for (int i = 1; ok && i < key.length(); i++) {
      char c = key.charAt(i);
      ok = isLcAlpha(c) || isDigit(c) || c == '_' || c == '-' || c == '.' || c == '*';
    }
    if (!ok) {
      throw new StructuredFieldException("Invalid key");
    }
    return key;
  }

  private static void checkBareItem(Object value) {
    if (!(value instanceof Long
        || value instanceof BigDecimal
        || value instanceof String
        || value instanceof Token
        || value instanceof ByteSequence
        || value instanceof Boolean)) {
      throw new StructuredFieldException("Not a structured field bare item");
    }
  }

  private static Map<String, Object> copyParameters(Map<String, Object> parameters) {
    Map<String, Object> copy = new LinkedHashMap<>();
    parameters.forEach(
        (k, v) -> {
          checkKey(k);
          Object value = v instanceof Integer i ? Long.valueOf(i) : v;
          checkBareItem(value);
          copy.put(k, value);
        });
    return Collections.unmodifiableMap(copy);
  }

  private static boolean isAlpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isLcAlpha(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isTokenChar(char c) {
    // tchar from RFC 9110, plus ":" and "/"
    return isAlpha(c) || isDigit(c) || "!#$%&'*+-.^_`|~:/".indexOf(c) >= 0;
  }

  /** A recursive-descent parser over one field value, following RFC 8941 section 4.2. */
  private static final class Parser {
    private final String s;
    private int pos;

    Parser(String input) {
      if (input == null) {
        throw new StructuredFieldException("Missing structured field value");
      }
      this.s = input;
      int end = input.length();
      while (end > 0 && input.charAt(end - 1) == ' ') {
        end--;
      }
      for (int i = 0; i < end; i++) {
        char c = input.charAt(i);
        if (c > 0x7e || (c < 0x20 && c != '\t')) {
          throw new StructuredFieldException("Structured field contains a non-ASCII character");
        }
      }
      this.end = end;
    }

    private final int end;

    boolean atEnd() {
      return pos >= end;
    }

    char peek() {
      return atEnd() ? '\0' : s.charAt(pos);
    }

    void skipSp() {
      while (!atEnd() && s.charAt(pos) == ' ') {
        pos++;
      }
    }

    void skipOws() {
      while (!atEnd() && (s.charAt(pos) == ' ' || s.charAt(pos) == '\t')) {
        pos++;
      }
    }

    /** After a list or dictionary member: true at the end, else consumes the comma. */
    boolean endOfMember() {
      skipOws();
      if (atEnd()) {
        return true;
      }
      if (s.charAt(pos) != ',') {
        throw new StructuredFieldException("Expected a comma between members");
      }
      pos++;
      skipOws();
      if (atEnd()) {
        throw new StructuredFieldException("Trailing comma");
      }
      return false;
    }

    Member parseItemOrInnerList() {
      return peek() == '(' ? parseInnerList() : parseItem();
    }

    InnerList parseInnerList() {
      pos++; // '('
      List<Item> items = new ArrayList<>();
      while (!atEnd()) {
        skipSp();
        if (peek() == ')') {
          pos++;
          return new InnerList(items, parseParameters());
        }
        items.add(parseItem());
        char c = peek();
        if (c != ' ' && c != ')') {
          throw new StructuredFieldException("Malformed inner list");
        }
      }
      throw new StructuredFieldException("Unterminated inner list");
    }

    Item parseItem() {
      Object value = parseBareItem();
      return new Item(value, parseParameters());
    }

    Map<String, Object> parseParameters() {
      Map<String, Object> params = new LinkedHashMap<>();
      while (peek() == ';') {
        pos++;
        skipSp();
        String key = parseKey();
        Object value = Boolean.TRUE;
        if (peek() == '=') {
          pos++;
          value = parseBareItem();
        }
        params.remove(key);
        params.put(key, value);
      }
      return params;
    }

    String parseKey() {
      char c = peek();
      if (!(isLcAlpha(c) || c == '*')) {
        throw new StructuredFieldException("Expected a key");
      }
      int start = pos;
      while (!atEnd()) {
        c = s.charAt(pos);
        if (!(isLcAlpha(c) || isDigit(c) || c == '_' || c == '-' || c == '.' || c == '*')) {
          break;
        }
        pos++;
      }
      return s.substring(start, pos);
    }

    Object parseBareItem() {
      char c = peek();
      if (c == '-' || isDigit(c)) {
        return parseNumber();
      }
      if (c == '"') {
        return parseString();
      }
      if (isAlpha(c) || c == '*') {
        return parseToken();
      }
      if (c == ':') {
        return parseByteSequence();
      }
      if (c == '?') {
        return parseBoolean();
      }
      throw new StructuredFieldException("Expected an item");
    }

    Object parseNumber() {
      int start = pos;
      boolean negative = peek() == '-';
      if (negative) {
        pos++;
      }
      if (!isDigit(peek())) {
        throw new StructuredFieldException("Expected a digit");
      }
      int dot = -1;
      while (!atEnd()) {
        char c = s.charAt(pos);
        if (isDigit(c)) {
          pos++;
        } else if (c == '.' && dot < 0) {
          if (pos - start - (negative ? 1 : 0) > 12) {
            throw new StructuredFieldException("Decimal has too many integer digits");
          }
          dot = pos++;
        } else {
          break;
        }
        int digits = pos - start - (negative ? 1 : 0);
        if (dot < 0 && digits > 15 || dot >= 0 && digits > 16) {
          throw new StructuredFieldException("Number has too many digits");
        }
      }
      String text = s.substring(start, pos);
      if (dot < 0) {
        return Long.parseLong(text);
      }
      int fraction = pos - dot - 1;
      if (fraction < 1 || fraction > 3) {
        throw new StructuredFieldException("Decimal must have one to three fractional digits");
      }
      return new BigDecimal(text);
    }

    String parseString() {
      pos++; // opening quote
      StringBuilder out = new StringBuilder();
      while (!atEnd()) {
        char c = s.charAt(pos++);
        if (c == '\\') {
          char next = peek();
          if (next != '"' && next != '\\') {
            throw new StructuredFieldException("Invalid escape in string");
          }
          out.append(next);
          pos++;
        } else if (c == '"') {
          return out.toString();
        } else if (c < 0x20 || c > 0x7e) {
          throw new StructuredFieldException("Invalid character in string");
        } else {
          out.append(c);
        }
      }
      throw new StructuredFieldException("Unterminated string");
    }

    Token parseToken() {
      int start = pos++;
      while (!atEnd() && isTokenChar(s.charAt(pos))) {
        pos++;
      }
      return new Token(s.substring(start, pos));
    }

    ByteSequence parseByteSequence() {
      pos++; // ':'
      int close = s.indexOf(':', pos);
      if (close < 0 || close >= end) {
        throw new StructuredFieldException("Unterminated byte sequence");
      }
      String b64 = s.substring(pos, close);
      for (int i = 0; i < b64.length(); i++) {
        char c = b64.charAt(i);
        if (!(isAlpha(c) || isDigit(c) || c == '+' || c == '/' || c == '=')) {
          throw new StructuredFieldException("Invalid character in byte sequence");
        }
      }
      pos = close + 1;
      try {
        return new ByteSequence(Base64.getDecoder().decode(b64));
      } catch (IllegalArgumentException e) {
        throw new StructuredFieldException("Byte sequence is not valid base64");
      }
    }

    Boolean parseBoolean() {
      pos++; // '?'
      char c = peek();
      if (c == '1' || c == '0') {
        pos++;
        return c == '1';
      }
      throw new StructuredFieldException("Invalid boolean");
    }
  }
}
