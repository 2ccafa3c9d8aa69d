// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.essaim.node.interfaces.rest.problem.ProblemErrorServlet;

/**
 * The HTML version of the container's error page, forwarded to by {@link ProblemErrorServlet} when
 * a browser asks for a page outside /api (an unknown address shows a page, not a JSON document).
 */
@WebServlet(ProblemErrorServlet.HTML_ERROR_PAGE)
public class WebErrorServlet extends WebPage {

  private static final long serialVersionUID = 1L;
  private static final Set<Integer> SHOWN = Set.of(400, 403, 404, 500);

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer given && SHOWN.contains(given) ? given : 404;
    error(request, response, status);
  }
}
