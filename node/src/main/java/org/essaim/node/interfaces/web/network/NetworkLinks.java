// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.network;

import java.net.URI;
import org.essaim.node.domain.model.search.SearchEntry;
import org.essaim.node.domain.model.search.SearchOrigin;

/** Where an indexed object and its territory are read, in this interface or on their own site. */
public final class NetworkLinks {

  private NetworkLinks() {}

  /**
   * This node's page of a local object when the interface has one, else the object's own web page
   * (a peer's object always on its territory's site).
   */
  public static String page(SearchEntry entry) {
    if (entry.origin() == SearchOrigin.LOCAL) {
      switch (entry.kind()) {
        case PROJECT:
          return "/projects/" + entry.localId();
        case CHALLENGE:
          return "/challenges/" + entry.localId();
        case EVENT:
          return "/events/" + entry.localId();
        default:
          break;
      }
    }
    return entry.url() == null ? entry.objectUri().toString() : entry.url().toString();
  }

  /** The home of the territory's node: its actor's site root, or this site for a local object. */
  public static String territory(SearchEntry entry) {
    if (entry.origin() == SearchOrigin.LOCAL) {
      return "/";
    }
    URI actor = entry.territoryActor();
    return actor.resolve("/").toString();
  }
}
