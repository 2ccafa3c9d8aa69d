// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.network;

import java.net.URI;
import java.util.Map;
import org.essaim.node.domain.model.search.SearchEntry;
import org.essaim.node.domain.model.search.SearchKind;
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

  /**
   * As {@link #page(SearchEntry)}, but a peer's project, method sheet or solution this node keeps a
   * copy of leads to the copy's page here (which shows its territory and the link to its origin).
   *
   * @param copies copy ids by object id ({@code NetworkObjects.copyIds})
   */
  public static String page(SearchEntry entry, Map<URI, Long> copies) {
    if (entry.origin() != SearchOrigin.LOCAL
        && (entry.kind() == SearchKind.PROJECT
            || entry.kind() == SearchKind.METHOD_SHEET
            || entry.kind() == SearchKind.SOLUTION)
        && copies.containsKey(entry.objectUri())) {
      return NetworkCopiesServlet.PATH + "/" + copies.get(entry.objectUri());
    }
    return page(entry);
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
