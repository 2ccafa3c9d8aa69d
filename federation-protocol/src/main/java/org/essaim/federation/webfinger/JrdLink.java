// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.webfinger;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One link of a JRD (RFC 7033, section 4.4.4): a relation type and, usually, a target {@code href}
 * with its media {@code type}; {@code template} is the RFC 6415 URI template that OStatus-style
 * "remote follow" links carry instead of {@code href}. Titles map a language tag (or {@code und})
 * to a title; property values may be null.
 *
 * @param rel relation type, never null
 * @param type media type of the target, or null
 * @param href target URI as received, or null
 * @param template URI template, or null
 * @param titles titles by language, never null
 * @param properties link properties by URI, never null
 */
public record JrdLink(
    String rel,
    String type,
    String href,
    String template,
    Map<String, String> titles,
    Map<String, String> properties) {

  /** The relation of the link to the account's ActivityPub actor. */
  public static final String SELF = "self";

  /** The relation of the link to the account's web page. */
  public static final String PROFILE_PAGE = "http://webfinger.net/rel/profile-page";

  /** The relation of the remote-follow link template. */
  public static final String SUBSCRIBE = "http://ostatus.org/schema/1.0/subscribe";

  public static final String ACTIVITY_JSON = "application/activity+json";
  public static final String LD_JSON_ACTIVITYSTREAMS =
      "application/ld+json; profile=\"https://www.w3.org/ns/activitystreams\"";

  private static final String ACTIVITYSTREAMS_PROFILE = "https://www.w3.org/ns/activitystreams";

  public JrdLink {
    Objects.requireNonNull(rel, "rel");
    titles = Collections.unmodifiableMap(new LinkedHashMap<>(titles == null ? Map.of() : titles));
    // Property values may be null in a JRD, which Map.copyOf refuses.
    properties =
        Collections.unmodifiableMap(
            new LinkedHashMap<>(properties == null ? Map.of() : properties));
  }

  /** A link with only a relation, a media type and a target. */
  public static JrdLink of(String rel, String type, String href) {
    return new JrdLink(rel, type, href, null, Map.of(), Map.of());
  }

  /** A link carrying a URI template, such as the remote-follow {@link #SUBSCRIBE} link. */
  public static JrdLink template(String rel, String template) {
    return new JrdLink(rel, null, null, template, Map.of(), Map.of());
  }

  /**
   * Whether the media type names an ActivityStreams document: {@code application/activity+json}, or
   * {@code application/ld+json} with the ActivityStreams profile (parameters in any order and case,
   * quoted or not).
   */
  public boolean hasActivityStreamsType() {
    return isActivityStreamsMediaType(type);
  }

  static boolean isActivityStreamsMediaType(String mediaType) {
    if (mediaType == null) {
      return false;
    }
    String[] parts = mediaType.split(";");
    String essence = parts[0].strip().toLowerCase(Locale.ROOT);
    if (essence.equals(ACTIVITY_JSON)) {
      return true;
    }
    if (!essence.equals("application/ld+json")) {
      return false;
    }
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].strip();
      int eq = parameter.indexOf('=');
      if (eq < 0 || !parameter.substring(0, eq).strip().equalsIgnoreCase("profile")) {
        continue;
      }
      String value = parameter.substring(eq + 1).strip();
      if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
        value = value.substring(1, value.length() - 1);
      }
      // A profile parameter is a space-separated list of URIs (RFC 6906).
      for (String profile : value.split("\\s+")) {
        if (profile.equals(ACTIVITYSTREAMS_PROFILE)) {
          return true;
        }
      }
    }
    return false;
  }
}
