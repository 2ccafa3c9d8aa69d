// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.federation;

import java.util.Locale;
import java.util.Optional;

/**
 * What an actor address answers, chosen from the request's {@code Accept} header: the
 * ActivityStreams document for federating servers, a redirection to the territory's web page for
 * browsers, nothing (406) for anything else.
 *
 * <p>ActivityStreams is {@code application/activity+json}, or {@code application/ld+json} with the
 * ActivityStreams profile (quoted or not, among other parameters, in any order) or without any
 * profile. The web page is {@code text/html} or {@code application/xhtml+xml}; a missing header,
 * {@code *}{@code /*} and {@code text/*} mean "anything" and also get the web page, as Mastodon
 * does. An explicit type outweighs a wildcard; quality values are honoured; on a tie the
 * ActivityStreams document wins, since only federating clients name it.
 */
public enum Representation {
  ACTIVITY_STREAMS,
  WEB_PAGE;

  static final String ACTIVITYSTREAMS_PROFILE = "https://www.w3.org/ns/activitystreams";

  /** The representation for this Accept header, or empty when none fits (406). */
  public static Optional<Representation> forAccept(String accept) {
    if (accept == null || accept.isBlank()) {
      return Optional.of(WEB_PAGE);
    }
    Preference streams = new Preference();
    Preference page = new Preference();
    for (String range : accept.split(",")) {
      String[] parts = range.split(";");
      String type = parts[0].strip().toLowerCase(Locale.ROOT);
      if (type.isEmpty()) {
        continue;
      }
      double quality = 1.0;
      String profile = null;
      for (int i = 1; i < parts.length; i++) {
        int eq = parts[i].indexOf('=');
        if (eq < 0) {
          continue;
        }
        String name = parts[i].substring(0, eq).strip().toLowerCase(Locale.ROOT);
        String value = unquote(parts[i].substring(eq + 1).strip());
        if (name.equals("q")) {
          quality = quality(value);
        } else if (name.equals("profile")) {
          profile = value;
        }
      }
      switch (type) {
        case "application/activity+json" -> streams.explicit(quality);
        case "application/ld+json" -> {
          if (profile == null || hasActivityStreamsProfile(profile)) {
            streams.explicit(quality);
          }
        }
        case "text/html", "application/xhtml+xml" -> page.explicit(quality);
        case "*/*", "text/*" -> page.wildcard(quality);
        default -> {
          // Another media type: nothing this address serves.
        }
      }
    }
    double s = streams.quality();
    double p = page.quality();
    if (s <= 0 && p <= 0) {
      return Optional.empty();
    }
    return Optional.of(s >= p ? ACTIVITY_STREAMS : WEB_PAGE);
  }

  // A profile parameter is a space-separated list of URIs (RFC 6906).
  private static boolean hasActivityStreamsProfile(String profile) {
    for (String uri : profile.split("\\s+")) {
      if (uri.equals(ACTIVITYSTREAMS_PROFILE) || uri.equals(ACTIVITYSTREAMS_PROFILE + "#")) {
        return true;
      }
    }
    return false;
  }

  private static String unquote(String value) {
    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
      return value.substring(1, value.length() - 1);
    }
    return value;
  }

  private static double quality(String value) {
    try {
      double q = Double.parseDouble(value);
      return q >= 0 && q <= 1 ? q : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** The best quality given to one representation, explicit types outweighing wildcards. */
  private static final class Preference {
    private double explicit = -1;
    private double wildcard = -1;

    void explicit(double q) {
      explicit = Math.max(explicit, q);
    }

    void wildcard(double q) {
      wildcard = Math.max(wildcard, q);
    }

    double quality() {
      return explicit >= 0 ? explicit : Math.max(wildcard, 0);
    }
  }
}
