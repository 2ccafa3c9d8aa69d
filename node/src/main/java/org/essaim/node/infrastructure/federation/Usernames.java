// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The territory actor's {@code preferredUsername}, the user part of its {@code acct:} handle: what
 * Mastodon accepts for a remote account ({@code [a-z0-9_]}, with dots and dashes inside).
 */
public final class Usernames {

  public static final int MAX_LENGTH = 64;
  private static final Pattern VALID = Pattern.compile("[a-z0-9_](?:[a-z0-9_.-]*[a-z0-9_])?");

  private Usernames() {}

  /** Whether {@code username} can be used as is. */
  public static boolean isValid(String username) {
    return username != null && username.length() <= MAX_LENGTH && VALID.matcher(username).matches();
  }

  /**
   * A username made from a territory name: accents dropped, lower case, every other run of
   * characters a dash. « Lons-le-Saunier / Jura » → {@code lons-le-saunier-jura}; "territory" when
   * nothing is left.
   */
  public static String slug(String name) {
    String ascii =
        Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .replace("œ", "oe")
            .replace("Œ", "oe")
            .replace("æ", "ae")
            .replace("Æ", "ae")
            .toLowerCase(Locale.ROOT);
    String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.length() > MAX_LENGTH) {
      slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
    }
    return slug.isEmpty() ? "territory" : slug;
  }
}
