// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.national;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.essaim.node.application.NodeMode;
import org.essaim.node.domain.model.account.Role;
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

  /**
   * Lets an administrator of the aggregator through; a visitor goes to the login page, a member
   * without the admin role gets the 403 page.
   */
  protected boolean requireAdmin(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!requireAggregator(request, response)) {
      return false;
    }
    if (request.isUserInRole(Role.ADMIN_NAME)) {
      return true;
    }
    if (request.getUserPrincipal() == null) {
      redirect(
          request,
          response,
          "/login?next=" + URLEncoder.encode(here(request), StandardCharsets.UTF_8));
    } else {
      error(request, response, HttpServletResponse.SC_FORBIDDEN);
    }
    return false;
  }
}
