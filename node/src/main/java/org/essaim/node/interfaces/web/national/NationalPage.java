// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.national;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.essaim.node.application.NodeMode;
import org.essaim.node.application.Page;
import org.essaim.node.application.PageRequest;
import org.essaim.node.interfaces.web.WebPage;

/**
 * The national pages' gates: they exist on the aggregator only (a 404 elsewhere, as the API's
 * aggregator endpoints), and the registry is for administrators only.
 */
abstract class NationalPage extends WebPage {

  private static final long serialVersionUID = 1L;

  /** The registry pages read at most this many pages of {@link PageRequest#MAX_SIZE} entries. */
  static final int MAX_PAGES = 10;

  @Inject transient NodeMode mode;

  /**
   * Every item of a paged listing, page after page ({@code fetch} gets a page request of the
   * largest size), up to {@link #MAX_PAGES} pages.
   */
  static <T> List<T> everyPage(IntFunction<Page<T>> fetch) {
    List<T> all = new ArrayList<>();
    for (int page = 1; page <= MAX_PAGES; page++) {
      Page<T> one = fetch.apply(page);
      all.addAll(one.items());
      if (page >= one.totalPages()) {
        break;
      }
    }
    return all;
  }

  /** A page request of the largest size, for {@link #everyPage}. */
  static PageRequest largest(int page) {
    return new PageRequest(page, PageRequest.MAX_SIZE);
  }

  /**
   * @return whether this node is the aggregator; otherwise the 404 page is sent
   */
  protected boolean requireAggregator(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (mode == NodeMode.AGGREGATOR) {
      return true;
    }
    error(request, response, HttpServletResponse.SC_NOT_FOUND);
    return false;
  }

  /** As {@link WebPage#requireAdmin}, on the aggregator only (a 404 elsewhere). */
  @Override
  protected boolean requireAdmin(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    return requireAggregator(request, response) && super.requireAdmin(request, response);
  }
}
