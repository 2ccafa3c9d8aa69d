// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.peer;

import java.net.URI;
import java.util.Locale;

/** The origin (scheme, host, port) and the authority (host, port) of actor addresses. */
public final class Origins {
  private Origins() {}

  /** {@code scheme://host[:port]}, lower case, without the scheme's default port. */
  public static String origin(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    return scheme + "://" + authority(uri);
  }

  /** {@code host[:port]}, lower case, without the scheme's default port. */
  public static String authority(URI uri) {
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    int port = uri.getPort();
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    boolean defaultPort =
        port == -1 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
    return defaultPort ? host : host + ":" + port;
  }
}
