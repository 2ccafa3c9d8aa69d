// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.federation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.essaim.node.infrastructure.config.NodeSettings;
import org.essaim.node.infrastructure.federation.inbound.Inbox;
import org.essaim.node.infrastructure.federation.inbound.InboxRejection;
import org.essaim.node.infrastructure.federation.inbound.InboxRequest;
import org.essaim.node.interfaces.rest.problem.ProblemDetail;

/**
 * The POST side of the three inboxes ({@code /inbox}, {@code /actors/territory/inbox}, {@code
 * /actors/instance/inbox}): one pipeline ({@link Inbox}), 202 with no body when accepted, an RFC
 * 9457 problem otherwise.
 */
@ApplicationScoped
public class InboxEndpoint {

  private static final Logger LOG = Logger.getLogger(InboxEndpoint.class.getName());

  @Inject Inbox inbox;
  @Inject NodeSettings node;

  void receive(String inboxPath, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    try {
      inbox.receive(
          new InboxRequest(
              inboxPath,
              publicUri(node.baseUrl(), request.getRequestURI(), request.getQueryString()),
              request.getContentType(),
              request.getContentLengthLong(),
              headers(request),
              request.getInputStream()));
      response.setStatus(HttpServletResponse.SC_ACCEPTED);
      response.setContentLength(0);
    } catch (InboxRejection rejection) {
      if (rejection.kind() == InboxRejection.Kind.TOO_LARGE) {
        response.setHeader("Connection", "close");
      }
      FederationResponses.problem(response, problemFor(rejection));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Inbox " + inboxPath + " failed", e);
      FederationResponses.problem(
          response,
          new ProblemDetail(
              ProblemDetail.INTERNAL_ERROR,
              "Internal Server Error",
              500,
              "This node could not receive the activity; try again later.",
              null));
    }
  }

  /** The problem document answering a refused request. */
  static ProblemDetail problemFor(InboxRejection rejection) {
    InboxRejection.Kind kind = rejection.kind();
    return new ProblemDetail(
        kind.problemType(), kind.title(), kind.status(), rejection.publicDetail(), null);
  }

  /** What the signer addressed: this node's public base URL, the path and the query. */
  static URI publicUri(URI baseUrl, String path, String query) {
    String base = baseUrl.toString();
    while (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    return URI.create(base + path + (query == null ? "" : "?" + query));
  }

  private static Map<String, List<String>> headers(HttpServletRequest request) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (String name : Collections.list(request.getHeaderNames())) {
      List<String> values = new ArrayList<>(Collections.list(request.getHeaders(name)));
      headers.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>()).addAll(values);
    }
    return headers;
  }
}
