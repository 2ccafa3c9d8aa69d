// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.sig;

import java.util.List;
import java.util.Locale;
import org.essaim.federation.sig.SignatureVerificationException.Reason;

/** The draft-cavage-12 signing string (section 2.3): one {@code name: value} line per header. */
final class CavageSigningString {
  private CavageSigningString() {}

  /**
   * @param withoutQuery build {@code (request-target)} from the path alone, as old Mastodon
   *     versions wrongly did
   */
  static String build(
      SignableRequest request,
      List<String> headers,
      Long created,
      Long expires,
      boolean withoutQuery) {
    StringBuilder out = new StringBuilder();
    for (String header : headers) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(header).append(": ");
      switch (header) {
        case "(request-target)" -> {
          String target = withoutQuery ? rawPath(request) : request.pathAndQuery();
          out.append(request.method().toLowerCase(Locale.ROOT)).append(' ').append(target);
        }
        case "(created)" -> out.append(required(created, header));
        case "(expires)" -> out.append(required(expires, header));
        default -> {
          if (header.startsWith("(")) {
            throw new SignatureVerificationException(
                Reason.MALFORMED_SIGNATURE, "Unsupported pseudo-header " + header);
          }
          String value =
              request
                  .headers()
                  .combined(header)
                  .orElseThrow(
                      () ->
                          new SignatureVerificationException(
                              Reason.MISSING_COMPONENT, "Signed header " + header + " is absent"));
          out.append(value);
        }
      }
    }
    return out.toString();
  }

  private static String rawPath(SignableRequest request) {
    String path = request.uri().getRawPath();
    return path == null || path.isEmpty() ? "/" : path;
  }

  private static long required(Long value, String header) {
    if (value == null) {
      throw new SignatureVerificationException(
          Reason.MALFORMED_SIGNATURE, header + " is signed but its parameter is missing");
    }
    return value;
  }
}
