// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.peer;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.essaim.node.domain.shared.DomainRuleViolation;

/**
 * What a block or an allow-list entry designates: one actor (by its id) or a whole host.
 *
 * <p>A host entry is a host name, lower case, optionally with a port ({@code example.org}, {@code
 * 127.0.0.1:9080}). Without a port it covers the host on every port and every sub-domain of it
 * ({@code example.org} covers {@code node.example.org}), as Mastodon's domain blocks do; with a
 * port only that exact authority.
 *
 * @param kind actor or host
 * @param value the actor id, or the host in lower case
 */
public record PeerMatch(Kind kind, String value) {

  public enum Kind {
    ACTOR,
    HOST
  }

  private static final Pattern HOST =
      Pattern.compile(
          "(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*"
              + "|\\[[0-9a-f:.]+\\])(?::[0-9]{1,5})?");

  public PeerMatch {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
  }

  /**
   * An actor entry.
   *
   * @param field the input field, for the error
   * @throws DomainRuleViolation unless an absolute http(s) URI with a host
   */
  public static PeerMatch actor(String field, String actor) {
    return new PeerMatch(Kind.ACTOR, actorUri(field, actor).toString());
  }

  /**
   * A host entry, lower-cased.
   *
   * @throws DomainRuleViolation unless a host name (with an optional port)
   */
  public static PeerMatch host(String field, String host) {
    String h = host == null ? "" : host.strip().toLowerCase(Locale.ROOT);
    if (h.length() > 253 || !HOST.matcher(h).matches()) {
      throw new DomainRuleViolation(
          field, "must be a host name, optionally with a port (example.org, node.example:8443)");
    }
    return new PeerMatch(Kind.HOST, h);
  }

  /** An absolute http(s) URI with a host, without fragment. */
  public static URI actorUri(String field, String actor) {
    URI uri;
    try {
      uri = new URI(actor == null ? "" : actor.strip());
    } catch (URISyntaxException e) {
      throw new DomainRuleViolation(field, "must be an absolute https:// (or http://) address");
    }
    String scheme = uri.getScheme();
    if (!uri.isAbsolute()
        || uri.getHost() == null
        || uri.getRawFragment() != null
        || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
      throw new DomainRuleViolation(field, "must be an absolute https:// (or http://) address");
    }
    return uri;
  }

  /** Whether this entry designates the actor. */
  public boolean matches(URI actorId) {
    if (kind == Kind.ACTOR) {
      return value.equals(actorId.toString());
    }
    String host = actorId.getHost();
    if (host == null) {
      return false;
    }
    host = host.toLowerCase(Locale.ROOT);
    if (value.indexOf(':') >= 0 && !value.startsWith("[")
        || value.startsWith("[") && value.contains("]:")) {
      return value.equals(Origins.authority(actorId));
    }
    return host.equals(value) || host.endsWith("." + value);
  }

  @Override
  public String toString() {
    return kind.name().toLowerCase(Locale.ROOT) + " " + value;
  }
}
