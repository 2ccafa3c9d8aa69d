// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.search;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.essaim.node.application.federation.HtmlText;
import org.essaim.node.domain.model.search.SearchEntry;
import org.essaim.node.domain.model.search.SearchHit;

/**
 * One search result.
 *
 * @param id the object's id: its address on its territory's node
 * @param kind PROJECT, METHOD_SHEET, SOLUTION, CHALLENGE or EVENT
 * @param origin LOCAL (this node's) or REMOTE (a copy of a peer's)
 * @param localId for LOCAL results, the record's id in this node's API
 * @param title its name
 * @param summary its summary
 * @param snippet an extract with the matched words in {@code <mark>}, HTML-escaped otherwise
 * @param url its web page
 * @param territory the territory that publishes it
 * @param region that territory's region
 * @param themes its theme keys (with their ancestors)
 * @param supportModes its support mode keys
 * @param stage project stage key
 * @param legalForm legal form key of its carrier
 * @param transferable whether it is, or comes with, a transferable solution
 * @param published first published
 * @param updated last changed
 * @param score text relevance
 */
public record SearchHitDocument(
    URI id,
    String kind,
    String origin,
    Long localId,
    String title,
    String summary,
    String snippet,
    URI url,
    TerritoryDocument territory,
    String region,
    List<String> themes,
    List<String> supportModes,
    String stage,
    String legalForm,
    boolean transferable,
    Instant published,
    Instant updated,
    double score) {

  /**
   * A territory as results name it.
   *
   * @param actor its actor
   * @param name its name
   */
  public record TerritoryDocument(URI actor, String name) {}

  static SearchHitDocument of(SearchHit hit) {
    SearchEntry e = hit.entry();
    return new SearchHitDocument(
        e.objectUri(),
        e.kind().name(),
        e.origin().name(),
        e.localId(),
        e.title(),
        e.summary(),
        snippet(hit.snippet()),
        e.url(),
        new TerritoryDocument(e.territoryActor(), e.territoryName()),
        e.region(),
        e.themes(),
        e.supportModes(),
        e.stage(),
        e.legalForm(),
        e.transferable(),
        e.published(),
        e.updated(),
        hit.score());
  }

  /** Escapes the text, then turns the index's match markers into {@code <mark>} elements. */
  public static String snippet(String marked) {
    if (marked == null || marked.isBlank()) {
      return null;
    }
    return HtmlText.escape(marked)
        .replace(SearchHit.MARK_START, "<mark>")
        .replace(SearchHit.MARK_END, "</mark>");
  }
}
