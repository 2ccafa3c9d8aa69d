// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.national;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.essaim.node.application.NodeMode;
import org.essaim.node.interfaces.web.WebPage;

/**
 * The national pages' gates: they exist on the aggregator only (a 404 elsewhere, as the API's
 * aggregator endpoints), and the registry is for administrators only.
 */
abstract class NationalPage extends WebPage {

  private static final long serialVersionUID = 1L;

  @Inject transient NodeMode mode;

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
