// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.webfinger;

import java.net.IDN;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An {@code acct:} URI (RFC 7565) such as {@code acct:grenoble@essaim.example}: a user part, kept
 * here percent-decoded, and a host, kept lower-cased. Parsing accepts percent-encoded octets
 * anywhere in the user part (RFC 7565 forbids one in first position, but encoders produce it for
 * non-ASCII names) and, beyond RFC 7565, a port after the host, as development servers use one.
 *
 * @param user the user part, percent-decoded, never empty
 * @param host the host (with an optional {@code :port}), lower case
 */
public record AcctUri(String user, String host) {
  private static final String SCHEME = "acct:";
  private static final int MAX_LENGTH = 1024;
  private static final String SUB_DELIMS = "!$&'()*+,;=";
  private static final Pattern HOST =
      Pattern.compile(
          "(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*"
              + "|\\[[0-9a-f:.]+\\])(?::[0-9]{1,5})?");

  public AcctUri {
    if (user == null || user.isEmpty()) {
      throw new MalformedAcctUriException("An acct: URI needs a user part");
    }
    if (user.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      throw new MalformedAcctUriException("The user part contains control characters");
    }
    if (host == null || host.length() > 253 || !HOST.matcher(host).matches()) {
      throw new MalformedAcctUriException("Invalid host in acct: URI");
    }
  }

  /** Parses {@code acct:user@host}; the host is lower-cased and the user part percent-decoded. */
  public static AcctUri parse(String uri) {
    if (uri == null || uri.length() > MAX_LENGTH) {
      throw new MalformedAcctUriException("Missing or overlong acct: URI");
    }
    if (!uri.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      throw new MalformedAcctUriException("Not an acct: URI");
    }
    String rest = uri.substring(SCHEME.length());
    int at = rest.indexOf('@');
    if (at < 0 || at != rest.lastIndexOf('@')) {
      throw new MalformedAcctUriException(
          "An acct: URI has exactly one '@' between user and host (encode others as %40)");
    }
    return new AcctUri(
        decodeUser(rest.substring(0, at)), rest.substring(at + 1).toLowerCase(Locale.ROOT));
  }

  /**
   * Reads a handle as people type it, {@code @user@host} or {@code user@host}, or an {@code acct:}
   * URI. The user part is taken literally (no percent-decoding); an internationalised host is
   * converted to its ASCII form.
   */
  public static AcctUri fromHandle(String handle) {
    if (handle == null || handle.length() > MAX_LENGTH) {
      throw new MalformedAcctUriException("Missing or overlong handle");
    }
    String h = handle.strip();
    if (h.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      return parse(h);
    }
    if (h.startsWith("@")) {
      h = h.substring(1);
    }
    int at = h.lastIndexOf('@');
    if (at <= 0 || at == h.length() - 1) {
      throw new MalformedAcctUriException("A handle looks like @user@host");
    }
    String user = h.substring(0, at);
    if (user.indexOf('@') >= 0 || user.chars().anyMatch(Character::isWhitespace)) {
      throw new MalformedAcctUriException("A handle looks like @user@host");
    }
    String host;
    try {
      host = IDN.toASCII(h.substring(at + 1), IDN.USE_STD3_ASCII_RULES);
    } catch (IllegalArgumentException e) {
      throw new MalformedAcctUriException("Invalid host in handle");
    }
    return new AcctUri(user, host.toLowerCase(Locale.ROOT));
  }

  /** The URI form, percent-encoding what RFC 7565 does not allow literally in the user part. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(SCHEME.length() + user.length() + host.length() + 1);
    out.append(SCHEME);
    for (byte b : user.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (isUnreserved(c) || SUB_DELIMS.indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
        out.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.append('@').append(host).toString();
  }

  public URI toUri() {
    return URI.create(toString());
  }

  /** The {@code @user@host} form shown to people. */
  public String handle() {
    return "@" + user + "@" + host;
  }

  private static boolean isUnreserved(int c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }

  // ASCII only: Character.digit would also take other scripts' digits.
  private static int hexValue(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  private static String decodeUser(String encoded) {
    if (encoded.isEmpty()) {
      throw new MalformedAcctUriException("An acct: URI needs a user part");
    }
    ByteBuffer bytes = ByteBuffer.allocate(encoded.length());
    for (int i = 0; i < encoded.length(); i++) {
      char c = encoded.charAt(i);
      if (c == '%') {
        int hi = i + 2 < encoded.length() ? hexValue(encoded.charAt(i + 1)) : -1;
        int lo = hi >= 0 ? hexValue(encoded.charAt(i + 2)) : -1;
        if (lo < 0) {
          throw new MalformedAcctUriException("Invalid percent-encoding in the user part");
        }
        bytes.put((byte) (hi << 4 | lo));
        i += 2;
      } else if (c < 0x80 && (isUnreserved(c) || SUB_DELIMS.indexOf(c) >= 0)) {
        bytes.put((byte) c);
      } else {
        throw new MalformedAcctUriException(
            "Character not allowed in the user part of an acct: URI (position " + i + ")");
      }
    }
    bytes.flip();
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(bytes)
          .toString();
    } catch (CharacterCodingException e) {
      throw new MalformedAcctUriException("The user part is not percent-encoded UTF-8");
    }
  }
}
