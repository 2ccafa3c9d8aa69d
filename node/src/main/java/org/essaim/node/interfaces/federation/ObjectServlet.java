// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.federation;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.essaim.federation.vocab.Tombstone;
import org.essaim.node.domain.shared.Visibility;
import org.essaim.node.infrastructure.config.NodeSettings;
import org.essaim.node.infrastructure.federation.publishing.OutboxActivity;
import org.essaim.node.infrastructure.federation.publishing.PublishedKind;
import org.essaim.node.infrastructure.federation.publishing.PublishedObject;
import org.essaim.node.infrastructure.federation.publishing.PublishingStore;
import org.essaim.node.infrastructure.federation.publishing.WireDocuments;
import org.essaim.node.interfaces.rest.problem.ProblemDetail;

/**
 * Published objects ({@code /objects/<kind>/<id>}) and activities ({@code /activities/<uuid>}), as
 * last published, with their proofs. Content negotiation as on the actors: ActivityStreams, a 303
 * to the public REST resource for browsers, or 406. PUBLIC ones to anyone; NETWORK ones only to a
 * signed fetch allowed by the peer policy (unsigned: 401; signed by anyone else: 404); deleted or
 * no longer shared: 410 with a Tombstone.
 */
@WebServlet({"/objects/*", "/activities/*"})
public class ObjectServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject transient PublishingStore store;
  @Inject transient FederationReaders readers;
  @Inject transient NodeSettings node;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    FederationUrls urls = FederationUrls.of(node.baseUrl());
    String path = request.getPathInfo() == null ? "" : request.getPathInfo();
    boolean activity = request.getServletPath().equals(FederationUrls.ACTIVITIES_PATH);
    Optional<PublishedKind> kind = Optional.empty();
    long localId = 0;
    URI address;
    if (activity) {
      if (!path.matches("/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
        FederationResponses.notFound(response);
        return;
      }
      address = URI.create(urls.base() + FederationUrls.ACTIVITIES_PATH + path);
    } else {
      String[] parts = path.split("/");
      if (parts.length != 3 || !parts[2].matches("[1-9][0-9]{0,17}")) {
        FederationResponses.notFound(response);
        return;
      }
      kind = PublishedKind.bySegment(parts[1]);
      if (kind.isEmpty()) {
        FederationResponses.notFound(response);
        return;
      }
      localId = Long.parseLong(parts[2]);
      address = urls.object(kind.get(), localId);
    }
    response.setHeader("Vary", "Accept, Signature, Signature-Input");
    Optional<Representation> representation = Representation.forAccept(request.getHeader("Accept"));
    if (representation.isEmpty()) {
      FederationResponses.problem(
          response,
          new ProblemDetail(
              "about:blank",
              "Not Acceptable",
              406,
              "This object is served as application/activity+json, application/ld+json;"
                  + " profile=\"https://www.w3.org/ns/activitystreams\", or text/html (a"
                  + " redirection to its public page).",
              null));
      return;
    }
    if (representation.get() == Representation.WEB_PAGE) {
      response.setStatus(HttpServletResponse.SC_SEE_OTHER);
      response.setHeader(
          "Location",
          kind.isPresent() ? urls.webPage(kind.get(), localId).toString() : urls.root().toString());
      response.setHeader("Cache-Control", FederationResponses.CACHE_SHORT);
      response.setContentLength(0);
      return;
    }
    Visibility audience;
    boolean gone;
    String document;
    if (activity) {
      Optional<OutboxActivity> found = store.activity(address);
      if (found.isEmpty()) {
        FederationResponses.notFound(response);
        return;
      }
      audience = found.get().audience();
      gone = found.get().isWithdrawn();
      document =
          gone
              ? WireDocuments.text(
                  WireDocuments.unsigned(
                      new Tombstone(address, Optional.empty(), Optional.empty()).toAsObject()))
              : found.get().document();
    } else {
      Optional<PublishedObject> found = store.object(address);
      if (found.isEmpty()) {
        FederationResponses.notFound(response);
        return;
      }
      audience = found.get().audience();
      gone = found.get().isDeleted();
      document = found.get().document();
    }
    if (audience != Visibility.PUBLIC) {
      FederationReaders.Reader reader = readers.reader(request);
      if (reader == FederationReaders.Reader.ANONYMOUS
          || reader == FederationReaders.Reader.REFUSED) {
        unauthorized(response, reader);
        return;
      }
      if (!reader.audiences().contains(audience)) {
        FederationResponses.notFound(response);
        return;
      }
    }
    byte[] body = document.getBytes(StandardCharsets.UTF_8);
    String cache =
        audience == Visibility.PUBLIC ? FederationResponses.CACHE_SHORT : "private, no-store";
    if (gone) {
      response.setHeader("Cache-Control", cache);
      response.setStatus(410);
      response.setContentType(FederationResponses.ACTIVITY_JSON);
      response.setContentLength(body.length);
      response.getOutputStream().write(body);
      return;
    }
    FederationResponses.body(response, FederationResponses.ACTIVITY_JSON, body, cache);
  }

  static void unauthorized(HttpServletResponse response, FederationReaders.Reader reader)
      throws IOException {
    response.setHeader("WWW-Authenticate", "Signature");
    FederationResponses.problem(
        response,
        new ProblemDetail(
            "about:blank",
            "Unauthorized",
            401,
            reader == FederationReaders.Reader.REFUSED
                ? "The HTTP signature of this request could not be verified."
                : "This object is shared with the network's nodes only: sign the request (RFC"
                    + " 9421 or draft-cavage) with a key of a peer of this territory.",
            null));
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    FederationResponses.methodNotAllowed(response, FederationResponses.READ_METHODS);
  }

  @Override
  protected void doPut(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    FederationResponses.methodNotAllowed(response, FederationResponses.READ_METHODS);
  }

  @Override
  protected void doDelete(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    FederationResponses.methodNotAllowed(response, FederationResponses.READ_METHODS);
  }

  @Override
  protected void doOptions(HttpServletRequest request, HttpServletResponse response) {
    FederationResponses.options(response, FederationResponses.READ_METHODS);
  }
}
