// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application;

import java.net.URI;

/**
 * The node's public address ({@code essaim.base.url}), for identifiers that must stay stable
 * outside the node, such as calendar UIDs.
 *
 * @param baseUrl e.g. {@code https://lons.essaim.example}
 */
public record NodeAddress(URI baseUrl) {

  /** The host name, e.g. {@code lons.essaim.example}; "localhost" when the URL has none. */
  public String host() {
    return baseUrl.getHost() == null ? "localhost" : baseUrl.getHost();
  }
}
