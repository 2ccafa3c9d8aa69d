// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.federation;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import org.essaim.node.interfaces.rest.problem.ProblemDetail;

/**
 * The two actors ({@code /actors/territory}, {@code /actors/instance}) and their collections and
 * inboxes. An actor address answers by content negotiation ({@link Representation}): the
 * ActivityStreams document, a 303 to the territory's web page, or 406. The followers and following
 * collections give their count to anyone and their items to signed requesters allowed to read the
 * network; the outbox and the per-kind collections list what the reader may see. The inboxes
 * receive signed activities through {@link InboxEndpoint}.
 */
@WebServlet("/actors/*")
public class ActorServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject transient FederationDirectory directory;
  @Inject transient PublishedCollections published;
  @Inject transient FederationReaders readers;
  @Inject transient InboxEndpoint inbox;

  private enum Route {
    TERRITORY,
    INSTANCE,
    COLLECTION,
    FOLLOWERS,
    FOLLOWING,
    OUTBOX,
    SHARED_OBJECTS,
    INBOX
  }

  private static final String COLLECTIONS = "/territory/collections/";

  private static Optional<Route> route(HttpServletRequest request) {
    String path = request.getPathInfo() == null ? "" : request.getPathInfo();
    if (path.startsWith(COLLECTIONS)
        && FederationUrls.kindOfSegment(path.substring(COLLECTIONS.length())).isPresent()) {
      return Optional.of(Route.SHARED_OBJECTS);
    }
    return Optional.ofNullable(
        switch (path) {
          case "/territory" -> Route.TERRITORY;
          case "/instance" -> Route.INSTANCE;
          case "/territory/outbox" -> Route.OUTBOX;
          case "/territory/followers" -> Route.FOLLOWERS;
          case "/territory/following" -> Route.FOLLOWING;
          case "/instance/outbox" -> Route.COLLECTION;
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
      case FOLLOWERS, FOLLOWING -> follows(request, response, route.get());
      case OUTBOX, SHARED_OBJECTS -> published(request, response, route.get());
      case INBOX ->
          FederationResponses.methodNotAllowed(response, FederationResponses.INBOX_METHODS);
    }
  }

  // Followers and following: the count to anyone (an unsigned or badly signed fetch included, as
  // Mastodon does), the actor ids only to a signed fetch by a peer that may read the network.
  private void follows(HttpServletRequest request, HttpServletResponse response, Route route)
      throws IOException {
    boolean items = readers.reader(request) == FederationReaders.Reader.NETWORK_PEER;
    byte[] body =
        route == Route.FOLLOWERS ? directory.followers(items) : directory.following(items);
    response.setHeader("Vary", "Signature, Signature-Input");
    FederationResponses.body(
        response,
        FederationResponses.ACTIVITY_JSON,
        body,
        items ? "private, no-store" : FederationResponses.CACHE_SHORT);
  }

  // The outbox and the collections of shared objects: PUBLIC items to anyone, NETWORK ones too to a
  // signed fetch by a peer that may read them.
  private void published(HttpServletRequest request, HttpServletResponse response, Route route)
      throws IOException {
    int page = PublishedCollections.pageParameter(request.getParameter("page"));
    if (page < 0) {
      FederationResponses.notFound(response);
      return;
    }
    FederationReaders.Reader reader = readers.reader(request);
    if (reader == FederationReaders.Reader.REFUSED) {
      ObjectServlet.unauthorized(response, reader);
      return;
    }
    response.setHeader("Vary", "Signature, Signature-Input");
    byte[] body =
        route == Route.OUTBOX
            ? published.outbox(reader.audiences(), page)
            : published.objects(
                FederationUrls.kindOfSegment(request.getPathInfo().substring(COLLECTIONS.length()))
                    .orElseThrow(),
                reader.audiences(),
                page);
    FederationResponses.body(
        response,
        FederationResponses.ACTIVITY_JSON,
        body,
        reader == FederationReaders.Reader.NETWORK_PEER
            ? "private, no-store"
            : FederationResponses.CACHE_SHORT);
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
      inbox.receive("/actors" + request.getPathInfo(), request, response);
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
