// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.network;

import java.util.List;

/** What the search page shows, as records the template reads. */
public final class SearchPageItems {

  private SearchPageItems() {}

  /**
   * A result.
   *
   * @param snippet HTML: escaped text with the matched words in {@code <mark>}, or null
   */
  public record Hit(
      String title,
      String href,
      boolean local,
      String kind,
      String summary,
      String snippet,
      String territory,
      String territoryHref,
      String region,
      List<String> themes) {}

  /** A value of a facet: its words, its count, whether it filters now, the link toggling it. */
  public record FacetValue(String label, long count, boolean active, String href) {}

  /** A facet with its French (or English) name. */
  public record Facet(String name, String label, List<FacetValue> values) {}

  /** A filter in force, with the link that removes it. */
  public record ActiveFilter(String facet, String label, String removeHref) {}

  /** A choice of sort: its words, the link to it, whether it is the current one. */
  public record SortChoice(String label, String href, boolean current) {}
}
