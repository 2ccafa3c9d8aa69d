// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.network;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.essaim.node.application.ConflictException;
import org.essaim.node.application.FieldError;
import org.essaim.node.application.InvalidInputException;
import org.essaim.node.application.Page;
import org.essaim.node.application.federation.copies.NetworkObjectView;
import org.essaim.node.application.federation.copies.NetworkObjects;
import org.essaim.node.application.federation.exchanges.ExchangeService;
import org.essaim.node.domain.model.account.Role;
import org.essaim.node.domain.model.exchange.Exchange;
import org.essaim.node.domain.model.remote.CopyAudience;
import org.essaim.node.domain.model.remote.RemoteObjectKind;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.interfaces.web.CsrfTokens;
import org.essaim.node.interfaces.web.Labels;
import org.essaim.node.interfaces.web.Languages;
import org.essaim.node.interfaces.web.WebMessages;
import org.essaim.node.interfaces.web.WebPage;

/**
 * {@code /network/shared}: the copies of what followed territories share (projects, method sheets,
 * transferable solutions), and {@code /network/shared/12}: one copy with its attribution, its words
 * and, for the team, the exchanges with its territory (a reply, an amendment of a sheet, a
 * replication proposal or an announce of a solution). The same services and rights as {@code
 * /api/network/objects}: a visitor reads PUBLIC copies, a signed-in member NETWORK ones too.
 */
@WebServlet({"/network/shared", "/network/shared/*"})
public class NetworkCopiesServlet extends WebPage {

  private static final long serialVersionUID = 1L;

  static final String PATH = "/network/shared";
  private static final int PAGE_SIZE = 20;

  /** The kinds listed, in their tabs' order. */
  static final List<RemoteObjectKind> KINDS =
      List.of(RemoteObjectKind.PROJECT, RemoteObjectKind.METHOD_SHEET, RemoteObjectKind.SOLUTION);

  @Inject transient NetworkObjects objects;
  @Inject transient ExchangeService exchanges;
  @Inject transient Taxonomy taxonomy;

  /** A block of a copy's text: a heading (« ## Préparer » in the plain text) or a paragraph. */
  public record Paragraph(String text, boolean heading) {

    static Paragraph of(String block) {
      return block.matches("#{1,6} [^\\n]+")
          ? new Paragraph(block.replaceFirst("^#+ ", ""), true)
          : new Paragraph(block, false);
    }
  }

  /** One tab of the list. */
  public record KindTab(String label, String href, boolean current) {}

  /** A copy in the list or on its page. */
  public record CopyItem(
      long id,
      String name,
      String summary,
      String kind,
      String territory,
      String territoryHref,
      String originHref,
      String updated,
      boolean networkOnly,
      List<String> themes) {}

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    listOrDetail(
        request,
        response,
        () -> showList(request, response),
        id -> showCopy(request, response, HttpServletResponse.SC_OK, id, new Forms(), null));
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long id = idFromPath(request);
    if (id < 0) {
      error(request, response, HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Forms forms = Forms.read(request);
    if (!acceptTeamPost(
        request,
        response,
        (status, formError) -> showCopy(request, response, status, id, forms, formError))) {
      return;
    }
    String action = request.getParameter("action");
    if (action == null || !List.of("reply", "amend", "replicate", "announce").contains(action)) {
      error(request, response, HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    if (action.equals("announce") && !request.isUserInRole(Role.ADMIN_NAME)) {
      error(request, response, HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    Locale locale = Languages.of(request);
    // The copy must be readable by this member before anything is sent about it.
    objects.get(id, true);
    try {
      switch (action) {
        case "reply" -> exchanges.reply(id, forms.replyContent);
        case "amend" -> exchanges.proposeAmendment(id, forms.amendSummary, forms.amendContent);
        case "replicate" -> exchanges.proposeReplication(id, forms.replicateMessage);
        default -> exchanges.announce(id);
      }
    } catch (InvalidInputException e) {
      for (FieldError f : e.errors()) {
        forms.errors.put(fieldId(action, f.field()), fieldMessage(locale, f));
      }
      showCopy(request, response, HttpServletResponse.SC_BAD_REQUEST, id, forms, null);
      return;
    } catch (ConflictException e) {
      // A blocked territory (or a kind that takes no such exchange): said on the form, nothing
      // sent.
      forms.errors.put(action + "Form", WebMessages.text(locale, "netCopies.error.conflict"));
      showCopy(request, response, HttpServletResponse.SC_CONFLICT, id, forms, null);
      return;
    }
    redirect(request, response, PATH + "/" + id + "?done=" + action);
  }

  private void showList(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Locale locale = Languages.of(request);
    String kindName = request.getParameter("kind");
    RemoteObjectKind kind =
        KINDS.stream()
            .filter(k -> k.name().equals(kindName))
            .findFirst()
            .orElse(kindName == null ? KINDS.get(0) : null);
    if (kind == null) {
      error(request, response, HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    boolean signedIn = request.getUserPrincipal() != null;
    Page<NetworkObjectView> page =
        objects.list(
            signedIn,
            Optional.of(kind),
            Optional.empty(),
            Optional.empty(),
            page(request, PAGE_SIZE));
    Map<String, Object> model =
        new HashMap<>(listModel("shared", "copies", page, c -> item(c, locale)));
    model.put("total", page.totalItems());
    model.put("kind", kind.name());
    model.put("kindLabel", WebMessages.text(locale, "netCopies.kinds." + kind.name()));
    model.put(
        "tabs",
        KINDS.stream()
            .map(
                k ->
                    new KindTab(
                        WebMessages.text(locale, "netCopies.kinds." + k.name()),
                        PATH + "?kind=" + k.name(),
                        k == kind))
            .toList());
    model.put("signedIn", signedIn);
    render(request, response, "network-copies", model);
  }

  private void showCopy(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      long id,
      Forms forms,
      String formError)
      throws IOException {
    Locale locale = Languages.of(request);
    boolean signedIn = request.getUserPrincipal() != null;
    NetworkObjectView copy = objects.get(id, signedIn);
    String text = objects.text(id, signedIn).orElse(null);
    Map<String, Object> model = new HashMap<>();
    model.put("section", "shared");
    model.put("copy", item(copy, locale));
    model.put("kind", copy.kind().name());
    model.put(
        "paragraphs",
        text == null ? List.of() : Stream.of(text.split("\n\n")).map(Paragraph::of).toList());
    boolean exchanging =
        isTeam(request)
            && (copy.kind() == RemoteObjectKind.METHOD_SHEET
                || copy.kind() == RemoteObjectKind.SOLUTION);
    model.put("exchanging", exchanging);
    if (exchanging) {
      model.put("csrf", CsrfTokens.token(request));
      model.put("sheet", copy.kind() == RemoteObjectKind.METHOD_SHEET);
      model.put("solution", copy.kind() == RemoteObjectKind.SOLUTION);
      model.put("replyContent", forms.replyContent);
      model.put("amendSummary", forms.amendSummary);
      // An amendment starts from the sheet's words as its territory shares them.
      model.put("amendContent", forms.amendContent == null ? text : forms.amendContent);
      model.put("replicateMessage", forms.replicateMessage);
      model.put("maxText", ExchangeService.MAX_TEXT);
      model.put("maxContent", Exchange.MAX_CONTENT);
      model.put("maxSummary", Exchange.MAX_SUMMARY);
    }
    model.put("errors", forms.errors);
    if (formError != null) {
      model.put("formError", formError);
    }
    String notice =
        doneNotice(request, "netCopies.done.", "reply", "amend", "replicate", "announce");
    if (notice != null) {
      model.put("notice", notice);
    }
    render(request, response, status, "network-copy", model);
  }

  private CopyItem item(NetworkObjectView c, Locale locale) {
    String territory = objects.territoryName(c);
    URI origin = c.url() == null ? c.objectId() : c.url();
    return new CopyItem(
        c.id(),
        c.name() == null ? WebMessages.text(locale, "netCopies.untitled") : c.name(),
        c.summary(),
        WebMessages.text(locale, "netCopies.kind." + c.kind().name()),
        territory,
        c.originActor().resolve("/").toString(),
        origin.toString(),
        day(
            (c.updated() != null
                    ? c.updated()
                    : c.published() != null ? c.published() : c.receivedAt())
                .toInstant(),
            locale),
        c.audience() != CopyAudience.PUBLIC,
        Labels.themes(taxonomy, c.themes(), locale));
  }

  /** The form field a service's field error belongs to, by action. */
  private static String fieldId(String action, String field) {
    return switch (action) {
      case "reply" -> "replyContent";
      case "amend" -> field.equals("summary") ? "amendSummary" : "amendContent";
      case "replicate" -> "replicateMessage";
      default -> action + "Form";
    };
  }

  private static String fieldMessage(Locale locale, FieldError error) {
    String message = error.message();
    if (message.startsWith("at most ")) {
      return WebMessages.text(
          locale, "netCopies.error.long", Integer.parseInt(message.replaceAll("[^0-9]", "")));
    }
    return WebMessages.text(locale, "netCopies.error.blank");
  }

  /** What the team typed in the exchange forms, and the errors to show next to the fields. */
  static final class Forms {
    String replyContent;
    String amendSummary;
    String amendContent;
    String replicateMessage;
    final Map<String, String> errors = new LinkedHashMap<>();

    static Forms read(HttpServletRequest request) {
      Forms forms = new Forms();
      String action = request.getParameter("action");
      // Only the posted form keeps its words; the others start afresh.
      if ("reply".equals(action)) {
        forms.replyContent = request.getParameter("content");
      } else if ("amend".equals(action)) {
        forms.amendSummary = request.getParameter("summary");
        forms.amendContent = request.getParameter("content");
      } else if ("replicate".equals(action)) {
        forms.replicateMessage = request.getParameter("message");
      }
      return forms;
    }
  }
}
