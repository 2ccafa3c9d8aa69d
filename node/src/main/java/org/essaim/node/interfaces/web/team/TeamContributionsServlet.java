// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.team;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.essaim.node.application.ConflictException;
import org.essaim.node.application.MethodSheetService;
import org.essaim.node.application.NotFoundException;
import org.essaim.node.application.PageRequest;
import org.essaim.node.application.federation.exchanges.ExchangeService;
import org.essaim.node.application.federation.exchanges.ExchangeView;
import org.essaim.node.domain.model.exchange.ExchangeKind;
import org.essaim.node.domain.model.exchange.ExchangeState;
import org.essaim.node.domain.model.remote.RemoteObject;
import org.essaim.node.interfaces.web.CsrfTokens;
import org.essaim.node.interfaces.web.Languages;
import org.essaim.node.interfaces.web.WebMessages;
import org.essaim.node.interfaces.web.WebPage;

/**
 * {@code /team/contributions}: what other territories sent about this territory's method sheets and
 * solutions (amendments shown against the current text, replication proposals, replies) for the
 * team to accept, dismiss, hide or show again, and what this territory sent with its state. The
 * same service and rights as {@code /api/federation/contributions} and {@code
 * /api/network/exchanges}.
 */
@WebServlet({"/team/contributions", "/team/contributions/*"})
public class TeamContributionsServlet extends WebPage {

  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 50;

  @Inject transient ExchangeService exchanges;
  @Inject transient MethodSheetService sheets;

  /** A received contribution, in words. */
  public record Contribution(
      long id,
      String kind,
      boolean amendment,
      boolean reply,
      String state,
      boolean pending,
      boolean hidden,
      String territory,
      String subject,
      String subjectHref,
      String at,
      String summary,
      String content,
      List<LineDiff.Line> diff) {}

  /** Something this territory sent, in words. */
  public record Sent(
      long id, String kind, String state, String territory, String copyHref, String at) {}

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!requireTeam(request, response)) {
      return;
    }
    if (request.getPathInfo() != null && !request.getPathInfo().equals("/")) {
      error(request, response, HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String notice = doneNotice(request, "contrib.done.", "accept", "dismiss", "hide", "show");
    show(request, response, HttpServletResponse.SC_OK, notice, null);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!acceptTeamPost(
        request,
        response,
        (status, formError) -> show(request, response, status, null, formError))) {
      return;
    }
    long id = idFromPath(request);
    if (id < 0) {
      error(request, response, HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String action = request.getParameter("action");
    String username = request.getUserPrincipal().getName();
    try {
      switch (action == null ? "" : action) {
        case "accept" -> exchanges.accept(id, username);
        case "dismiss" -> exchanges.dismiss(id, username);
        case "hide" -> exchanges.hide(id, true, username);
        case "show" -> exchanges.hide(id, false, username);
        default -> {
          error(request, response, HttpServletResponse.SC_BAD_REQUEST);
          return;
        }
      }
    } catch (ConflictException e) {
      // Decided meanwhile by a colleague, or the sheet no longer takes a new version.
      show(
          request,
          response,
          HttpServletResponse.SC_CONFLICT,
          null,
          WebMessages.text(Languages.of(request), "contrib.error.conflict"));
      return;
    }
    redirect(request, response, "/team/contributions?done=" + action);
  }

  private void show(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String notice,
      String formError)
      throws IOException {
    Locale locale = Languages.of(request);
    PageRequest first = new PageRequest(1, SHOWN);
    Map<String, Object> model = new HashMap<>();
    model.put("section", "team");
    model.put("csrf", CsrfTokens.token(request));
    var pending = exchanges.received(null, ExchangeState.PENDING, null, first);
    model.put("pendingCount", pending.totalItems());
    model.put("pending", pending.items().stream().map(e -> received(e, locale)).toList());
    var replies = exchanges.received(ExchangeKind.REPLY, null, null, first);
    model.put("replies", replies.items().stream().map(e -> received(e, locale)).toList());
    var sent = exchanges.sent(null, null, first);
    model.put(
        "sent",
        sent.items().stream()
            .map(
                e ->
                    new Sent(
                        e.id(),
                        WebMessages.text(locale, "contrib.kind." + e.kind().name()),
                        WebMessages.text(locale, "contrib.sentState." + e.state().name()),
                        territory(e),
                        "/network/shared/" + e.localId(),
                        moment(e.createdAt(), locale)))
            .toList());
    notices(model, notice, formError);
    render(request, response, status, "team-contributions", model);
  }

  private Contribution received(ExchangeView e, Locale locale) {
    boolean sheet = e.kind() == ExchangeKind.AMENDMENT || isSheet(e);
    String subject = null;
    String current = null;
    try {
      if (sheet) {
        var view = sheets.get(e.localId(), true);
        subject = view.text().title();
        current = view.text().bodyMarkdown();
      }
    } catch (NotFoundException gone) {
      // The sheet was deleted since: the contribution stays readable.
    }
    boolean amendment = e.kind() == ExchangeKind.AMENDMENT;
    return new Contribution(
        e.id(),
        WebMessages.text(locale, "contrib.kind." + e.kind().name()),
        amendment,
        e.kind() == ExchangeKind.REPLY,
        WebMessages.text(locale, "contrib.state." + e.state().name()),
        e.state() == ExchangeState.PENDING,
        e.state() == ExchangeState.HIDDEN,
        territory(e),
        subject == null ? e.objectId().toString() : subject,
        sheet ? "/team/sheets/" + e.localId() + "/versions" : "/solutions/" + e.localId(),
        moment(e.createdAt(), locale),
        e.summary().orElse(null),
        e.content().orElse(null),
        amendment && current != null && e.state() == ExchangeState.PENDING
            ? LineDiff.of(current, e.content().orElse(""))
            : List.of());
  }

  /** Whether a reply is about one of this territory's method sheets (else a solution). */
  private static boolean isSheet(ExchangeView e) {
    return e.objectId().getPath().contains("/method-sheets/");
  }

  private static String territory(ExchangeView e) {
    return e.peerName().orElse(RemoteObject.host(e.peerActor()));
  }
}
