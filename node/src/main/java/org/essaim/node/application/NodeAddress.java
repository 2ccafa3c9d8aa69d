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

  /**
   * The territory actor's id, {@code <base>/actors/territory} (the address {@code FederationUrls}
   * gives it), for the application services that name this node in the network.
   */
  public URI territoryActor() {
    String base = baseUrl.toString();
    while (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    return URI.create(base + "/actors/territory");
  }
}
