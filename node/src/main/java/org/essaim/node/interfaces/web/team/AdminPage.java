// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.team;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.essaim.node.domain.model.account.Role;
import org.essaim.node.interfaces.web.WebPage;

/** A page for the node's administrators only, like the API's {@code @RolesAllowed("admin")}. */
abstract class AdminPage extends WebPage {

  private static final long serialVersionUID = 1L;

  /** Administrators through; editors to the 403 page; visitors to the login page. */
  protected boolean requireAdmin(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!requireTeam(request, response)) {
      return false;
    }
    if (!request.isUserInRole(Role.ADMIN_NAME)) {
      error(request, response, HttpServletResponse.SC_FORBIDDEN);
      return false;
    }
    return true;
  }
}
