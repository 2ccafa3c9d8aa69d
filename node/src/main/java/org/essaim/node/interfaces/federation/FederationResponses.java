// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.federation;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.essaim.node.interfaces.rest.problem.ProblemDetail;
import org.essaim.node.interfaces.rest.problem.Problems;

/** The headers and bodies every federation answer shares. */
final class FederationResponses {

  /** Media type of ActivityStreams answers. */
  static final String ACTIVITY_JSON = "application/activity+json";

  /** Actors, WebFinger: short, the profile may be edited. */
  static final String CACHE_SHORT = "public, max-age=300";

  /** NodeInfo: key figures move slowly. */
  static final String CACHE_LONG = "public, max-age=1800";

  static final String READ_METHODS = "GET, HEAD, OPTIONS";
  static final String INBOX_METHODS = "POST, OPTIONS";

  private FederationResponses() {}

  /** A public document any web page may read (WebFinger's RFC 7033 section 5 asks for it). */
  static void body(HttpServletResponse response, String mediaType, byte[] body, String cache)
      throws IOException {
    response.setStatus(200);
    response.setContentType(mediaType);
    response.setHeader("Cache-Control", cache);
    response.setHeader("Access-Control-Allow-Origin", "*");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  /** The answer to OPTIONS: the methods, also for CORS preflights. */
  static void options(HttpServletResponse response, String methods) {
    response.setStatus(204);
    response.setHeader("Allow", methods);
    response.setHeader("Access-Control-Allow-Origin", "*");
    response.setHeader("Access-Control-Allow-Methods", methods);
    response.setHeader("Access-Control-Allow-Headers", "Accept");
    response.setHeader("Access-Control-Max-Age", "86400");
  }

  static void notFound(HttpServletResponse response) throws IOException {
    problem(
        response,
        new ProblemDetail(
            ProblemDetail.NOT_FOUND, "Not Found", 404, "There is nothing at this address.", null));
  }

  static void methodNotAllowed(HttpServletResponse response, String allowed) throws IOException {
    response.setHeader("Allow", allowed);
    problem(
        response,
        new ProblemDetail(
            "about:blank",
            "Method Not Allowed",
            405,
            "This method is not allowed at this address.",
            null));
  }

  /** Inboxes exist (their addresses are published) but receive nothing yet. */
  static void notImplemented(HttpServletResponse response) throws IOException {
    problem(
        response,
        new ProblemDetail(
            "about:blank",
            "Not Implemented",
            501,
            "This node does not receive activities yet.",
            null));
  }

  static void problem(HttpServletResponse response, ProblemDetail problem) throws IOException {
    byte[] body = Problems.toJson(problem).getBytes(StandardCharsets.UTF_8);
    response.setStatus(problem.status());
    response.setContentType(ProblemDetail.MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
