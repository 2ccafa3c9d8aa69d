// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The error page of the web application (see web.xml): errors the servlet container raises itself
 * (an unknown path, a refused login) answer in problem+json like the REST API does. A browser
 * asking for HTML outside /api gets the web interface's HTML page instead ({@link
 * #HTML_ERROR_PAGE}).
 */
@WebServlet("/error")
public class ProblemErrorServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  /** Where the web interface renders its HTML error pages (interfaces.web.WebErrorServlet). */
  public static final String HTML_ERROR_PAGE = "/error/page";

  private static final java.util.Set<Integer> HTML_STATUSES = java.util.Set.of(400, 403, 404, 500);

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    int status = code instanceof Integer given ? given : 404;
    if (HTML_STATUSES.contains(status) && wantsHtml(request)) {
      try {
        request.getRequestDispatcher(HTML_ERROR_PAGE).forward(request, response);
        return;
      } catch (jakarta.servlet.ServletException | RuntimeException e) {
        // The HTML page failed: the problem document below still answers.
        response.resetBuffer();
      }
    }
    // The container attaches an exception to plain statuses too (a missing file to a 404):
    // only a server error is explained by its exception.
    ProblemResponse problem =
        status >= 500 && exception instanceof Throwable failure
            ? Problems.from(failure, request.getUserPrincipal() != null)
            : Problems.forStatus(status);
    response.setStatus(problem.problem().status());
    problem.headers().forEach(response::setHeader);
    response.setContentType(ProblemDetail.MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(Problems.toJson(problem.problem()));
  }

  /** A browser (Accept names text/html) asking for a page, not for the API. */
  private static boolean wantsHtml(HttpServletRequest request) {
    String accept = request.getHeader("Accept");
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String path = uri instanceof String given ? given : request.getRequestURI();
    return accept != null
        && accept.contains("text/html")
        && !path.equals("/api")
        && !path.startsWith("/api/");
  }
}
