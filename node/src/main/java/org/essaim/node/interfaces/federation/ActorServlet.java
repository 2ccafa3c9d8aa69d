// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.federation;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.essaim.node.infrastructure.federation.inbound.SignedRequests;
import org.essaim.node.interfaces.rest.problem.ProblemDetail;

/**
 * The two actors ({@code /actors/territory}, {@code /actors/instance}) and their collections and
 * inboxes. An actor address answers by content negotiation ({@link Representation}): the
 * ActivityStreams document, a 303 to the territory's web page, or 406. The followers and following
 * collections give their count to anyone and their items to signed requesters allowed to read the
 * network; outboxes are empty and inboxes answer 501 until their packages are merged.
 */
@WebServlet("/actors/*")
public class ActorServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject transient FederationDirectory directory;
  @Inject transient SignedRequests signedRequests;

  private static final Logger LOG = Logger.getLogger(ActorServlet.class.getName());

  private enum Route {
    TERRITORY,
    INSTANCE,
    COLLECTION,
    FOLLOWERS,
    FOLLOWING,
    INBOX
  }

  private static Optional<Route> route(HttpServletRequest request) {
    String path = request.getPathInfo() == null ? "" : request.getPathInfo();
    return Optional.ofNullable(
        switch (path) {
          case "/territory" -> Route.TERRITORY;
          case "/instance" -> Route.INSTANCE;
          case "/territory/outbox", "/instance/outbox" -> Route.COLLECTION;
          case "/territory/followers" -> Route.FOLLOWERS;
          case "/territory/following" -> Route.FOLLOWING;
          case "/territory/inbox", "/instance/inbox" -> Route.INBOX;
          default -> null;
        });
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<Route> route = route(request);
    if (route.isEmpty()) {
      FederationResponses.notFound(response);
      return;
    }
    switch (route.get()) {
      case TERRITORY -> actor(request, response, directory.territoryActor());
      case INSTANCE -> actor(request, response, directory.instanceActor());
      case COLLECTION ->
          FederationResponses.body(
              response,
              FederationResponses.ACTIVITY_JSON,
              directory.emptyCollection(
                  URI.create(directory.urls().base() + "/actors" + request.getPathInfo())),
              FederationResponses.CACHE_SHORT);
      case FOLLOWERS, FOLLOWING -> {
        Optional<URI> requester = requester(request);
        byte[] body =
            route.get() == Route.FOLLOWERS
                ? directory.followers(requester)
                : directory.following(requester);
        boolean items = directory.showItems(requester);
        FederationResponses.body(
            response,
            FederationResponses.ACTIVITY_JSON,
            body,
            items ? "private, no-store" : FederationResponses.CACHE_SHORT);
        response.setHeader("Vary", "Signature, Signature-Input");
      }
      case INBOX ->
          FederationResponses.methodNotAllowed(response, FederationResponses.INBOX_METHODS);
    }
  }

  // The actor that signed this fetch, when it is signed and the signature holds; a fetch that is
  // unsigned or badly signed still gets the count (no items), not an error.
  private Optional<URI> requester(HttpServletRequest request) {
    if (request.getHeader("Signature") == null && request.getHeader("Signature-Input") == null) {
      return Optional.empty();
    }
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (String name : Collections.list(request.getHeaderNames())) {
      headers.put(name, Collections.list(request.getHeaders(name)));
    }
    String query = request.getQueryString();
    URI uri =
        URI.create(
            directory.urls().base()
                + "/actors"
                + request.getPathInfo()
                + (query == null ? "" : "?" + query));
    try {
      return Optional.of(signedRequests.verify("GET", uri, headers, null).actor());
    } catch (RuntimeException e) {
      LOG.fine(() -> "Unverified signed fetch of " + uri + ": " + e.getMessage());
      return Optional.empty();
    }
  }

  private void actor(HttpServletRequest request, HttpServletResponse response, byte[] document)
      throws IOException {
    response.setHeader("Vary", "Accept");
    Optional<Representation> representation = Representation.forAccept(request.getHeader("Accept"));
    if (representation.isEmpty()) {
      FederationResponses.problem(
          response,
          new ProblemDetail(
              "about:blank",
              "Not Acceptable",
              406,
              "This actor is served as application/activity+json, application/ld+json;"
                  + " profile=\"https://www.w3.org/ns/activitystreams\", or text/html (a"
                  + " redirection to the territory's web page).",
              null));
      return;
    }
    if (representation.get() == Representation.WEB_PAGE) {
      response.setStatus(HttpServletResponse.SC_SEE_OTHER);
      response.setHeader("Location", directory.webPage().toString());
      response.setHeader("Cache-Control", FederationResponses.CACHE_SHORT);
      response.setContentLength(0);
      return;
    }
    FederationResponses.body(
        response, FederationResponses.ACTIVITY_JSON, document, FederationResponses.CACHE_SHORT);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<Route> route = route(request);
    if (route.isEmpty()) {
      FederationResponses.notFound(response);
    } else if (route.get() == Route.INBOX) {
      FederationResponses.notImplemented(response);
    } else {
      FederationResponses.methodNotAllowed(response, FederationResponses.READ_METHODS);
    }
  }

  @Override
  protected void doOptions(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<Route> route = route(request);
    if (route.isEmpty()) {
      FederationResponses.notFound(response);
    } else {
      FederationResponses.options(
          response,
          route.get() == Route.INBOX
              ? FederationResponses.INBOX_METHODS
              : FederationResponses.READ_METHODS);
    }
  }
}
