// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.sig;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.essaim.federation.sig.SignatureVerificationException.Reason;

/** IMF-fixdate handling for the Date header (RFC 9110 section 5.6.7). */
final class HttpDates {
  // Two-digit day: RFC_1123_DATE_TIME would print "6 Nov", which IMF-fixdate forbids.
  private static final DateTimeFormatter IMF_FIXDATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  private static final DateTimeFormatter DATE_WITHOUT_DAY_NAME =
      DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  private HttpDates() {}

  static String format(Instant instant) {
    return IMF_FIXDATE.format(instant);
  }

  /**
   * Parses an IMF-fixdate. The day name is skipped rather than cross-checked: it is redundant, and
   * some published examples get it wrong.
   */
  static Instant parse(String value) {
    String v = value.strip();
    int comma = v.indexOf(", ");
    try {
      return ZonedDateTime.parse(comma < 0 ? v : v.substring(comma + 2), DATE_WITHOUT_DAY_NAME)
          .toInstant();
    } catch (DateTimeParseException e) {
      throw new SignatureVerificationException(
          Reason.MALFORMED_SIGNATURE, "Date header is not an HTTP date");
    }
  }
}
