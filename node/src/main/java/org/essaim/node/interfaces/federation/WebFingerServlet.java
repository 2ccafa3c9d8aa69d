// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.federation;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.essaim.federation.webfinger.Jrd;
import org.essaim.federation.webfinger.MalformedAcctUriException;
import org.essaim.node.interfaces.rest.problem.ProblemDetail;

/**
 * WebFinger (RFC 7033) at {@code /.well-known/webfinger}: {@code resource} is the territory's
 * {@code acct:<username>@<host>} or its actor address (or the node's address, for its instance
 * actor). 400 without one well-formed resource, 404 for anyone else's.
 */
@WebServlet("/.well-known/webfinger")
public class WebFingerServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject transient FederationDirectory directory;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Access-Control-Allow-Origin", "*");
    String[] resources = request.getParameterValues("resource");
    if (resources == null || resources.length != 1 || resources[0].isBlank()) {
      badRequest(response, "Give exactly one resource, e.g. resource=acct:territory@host.");
      return;
    }
    String resource = resources[0].strip();
    if (!isAbsoluteUri(resource)) {
      badRequest(response, "The resource must be an absolute URI (acct:user@host or https://…).");
      return;
    }
    Optional<Jrd> answer;
    try {
      answer = directory.webFinger(resource);
    } catch (MalformedAcctUriException e) {
      badRequest(response, "The resource is not a well-formed acct: URI.");
      return;
    }
    if (answer.isEmpty()) {
      FederationResponses.problem(
          response,
          new ProblemDetail(
              ProblemDetail.NOT_FOUND,
              "Not Found",
              404,
              "This node knows no such resource.",
              null));
      return;
    }
    String[] relations = request.getParameterValues("rel");
    Jrd jrd =
        FederationDirectory.filtered(
            answer.get(), relations == null ? List.of() : List.of(relations));
    FederationResponses.body(
        response,
        Jrd.MEDIA_TYPE,
        jrd.toJson().toString().getBytes(StandardCharsets.UTF_8),
        FederationResponses.CACHE_SHORT);
  }

  @Override
  protected void doOptions(HttpServletRequest request, HttpServletResponse response) {
    FederationResponses.options(response, FederationResponses.READ_METHODS);
  }

  private static boolean isAbsoluteUri(String value) {
    try {
      URI uri = new URI(value);
      return uri.isAbsolute();
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static void badRequest(HttpServletResponse response, String detail) throws IOException {
    FederationResponses.problem(
        response, new ProblemDetail("about:blank", "Bad Request", 400, detail, null));
  }
}
