// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.federation;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.essaim.federation.vocab.Actor;
import org.essaim.node.application.ConflictException;
import org.essaim.node.application.FieldError;
import org.essaim.node.application.InvalidInputException;
import org.essaim.node.application.Page;
import org.essaim.node.application.PageRequest;
import org.essaim.node.application.federation.follow.FollowService;
import org.essaim.node.domain.model.peer.FollowState;
import org.essaim.node.domain.model.peer.Peer;
import org.essaim.node.domain.shared.IllegalTransitionException;
import org.essaim.node.infrastructure.federation.peers.PeerLookup;
import org.essaim.node.interfaces.web.Languages;
import org.essaim.node.interfaces.web.WebMessages;

/**
 * {@code /admin/federation}: the territories this one knows, whom it follows and who follows it,
 * the follow requests waiting for an answer (accept, reject), and the form to follow a territory by
 * its address. The same services and checks as {@code /api/admin/federation/peers}, {@code
 * /following} and {@code /follow-requests}.
 */
@WebServlet("/admin/federation")
public class FederationPeersServlet extends FederationPage {

  private static final long serialVersionUID = 1L;

  static final String PATH = "/admin/federation";

  /** Longer than any handle or actor address a territory has. */
  static final int MAX_TARGET = 500;

  @Inject transient FollowService follows;
  @Inject transient PeerLookup lookup;

  /** A known territory in words, with what may be done about it. */
  public record PeerItem(
      String id,
      String name,
      String actor,
      String host,
      String follower,
      String following,
      boolean canUnfollow,
      boolean canRemoveFollower,
      String requestedAt) {}

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!requireAdmin(request, response)) {
      return;
    }
    String notice =
        doneNotice(
            request,
            "fed.peers.done.",
            "followed",
            "unfollowed",
            "accepted",
            "rejected",
            "removed");
    show(request, response, HttpServletResponse.SC_OK, "", null, notice, null);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String target = request.getParameter("target");
    if (!acceptAdminPost(
        request,
        response,
        (status, formError) -> show(request, response, status, target, null, null, formError))) {
      return;
    }
    Locale locale = Languages.of(request);
    String action = String.valueOf(request.getParameter("action"));
    if (action.equals("follow")) {
      follow(request, response, locale, target == null ? "" : target.strip());
      return;
    }
    UUID peer = formUuid(request, "peer");
    if (peer == null || !List.of("unfollow", "accept", "reject", "remove").contains(action)) {
      error(request, response, HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    try {
      switch (action) {
        case "unfollow" -> follows.unfollow(peer);
        case "accept" -> follows.acceptFollower(peer);
        case "reject" -> follows.rejectFollower(peer);
        default -> follows.removeFollower(peer);
      }
    } catch (IllegalTransitionException | ConflictException e) {
      // Another administrator, or the peer itself, changed the follow in the meantime.
      show(
          request,
          response,
          HttpServletResponse.SC_CONFLICT,
          "",
          null,
          null,
          WebMessages.text(locale, "fed.peers.error.changed"));
      return;
    }
    redirect(request, response, PATH + "?done=" + doneOf(action));
  }

  private static String doneOf(String action) {
    return switch (action) {
      case "unfollow" -> "unfollowed";
      case "accept" -> "accepted";
      case "reject" -> "rejected";
      default -> "removed";
    };
  }

  private void follow(
      HttpServletRequest request, HttpServletResponse response, Locale locale, String target)
      throws IOException {
    String error = null;
    if (target.isEmpty()) {
      error = WebMessages.text(locale, "fed.follow.error.required");
    } else if (target.length() > MAX_TARGET) {
      error = WebMessages.text(locale, "fed.follow.error.tooLong", MAX_TARGET);
    } else {
      try {
        Actor actor = lookup.resolve(target);
        follows.follow(actor);
      } catch (InvalidInputException e) {
        // The lookup's reason is technical (WebFinger, actor document): kept as a detail.
        error =
            WebMessages.text(
                locale,
                "fed.follow.error.notFound",
                e.errors().stream().map(FieldError::message).findFirst().orElse(""));
      } catch (ConflictException e) {
        error = WebMessages.text(locale, "fed.follow.error.conflict");
      }
    }
    if (error != null) {
      show(request, response, HttpServletResponse.SC_BAD_REQUEST, target, error, null, null);
      return;
    }
    redirect(request, response, PATH + "?done=followed");
  }

  private void show(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String target,
      String targetError,
      String notice,
      String formError)
      throws IOException {
    Locale locale = Languages.of(request);
    Page<Peer> requests =
        follows.peers(FollowState.PENDING, null, null, new PageRequest(1, PageRequest.MAX_SIZE));
    Page<Peer> peers = follows.peers(null, null, null, page(request, 20));
    Map<String, Object> model = new HashMap<>();
    model.put("target", target == null ? "" : target);
    if (targetError != null) {
      model.put("targetError", targetError);
    }
    model.put("requests", requests.map(p -> item(p, locale)).items());
    model.put("peers", peers.map(p -> item(p, locale)).items());
    model.put("totalPeers", peers.totalItems());
    model.put("page", peers.page());
    model.put("pages", peers.totalPages());
    showTab(request, response, status, "admin-federation-peers", "peers", model, notice, formError);
  }

  private PeerItem item(Peer peer, Locale locale) {
    return new PeerItem(
        peer.id().toString(),
        peer.name().or(peer::preferredUsername).orElse(peer.authority()),
        peer.actorId().toString(),
        peer.authority(),
        followWords(locale, "follower", peer.followerState()),
        followWords(locale, "following", peer.followingState()),
        peer.followingState() == FollowState.PENDING
            || peer.followingState() == FollowState.ACCEPTED,
        peer.followerState() == FollowState.ACCEPTED,
        peer.followerRequestedAt().map(at -> moment(at, locale)).orElse(null));
  }
}
