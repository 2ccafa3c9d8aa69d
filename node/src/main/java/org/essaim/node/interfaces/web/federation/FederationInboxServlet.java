// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.federation;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.essaim.node.application.Page;
import org.essaim.node.infrastructure.federation.inbound.InboxStore;
import org.essaim.node.infrastructure.federation.inbound.JournalEntry;
import org.essaim.node.infrastructure.federation.inbound.JournalFilter;
import org.essaim.node.infrastructure.federation.inbound.JournalOutcome;
import org.essaim.node.interfaces.web.Languages;
import org.essaim.node.interfaces.web.WebMessages;

/**
 * {@code /admin/federation/inbox}: what other servers sent this territory and it refused (a bad
 * signature, a blocked sender, an unknown object…), with the reason; {@code /failed}: what it
 * accepted but could not handle. The same journal as {@code /api/admin/federation/inbound}.
 */
@WebServlet({"/admin/federation/inbox", "/admin/federation/inbox/*"})
public class FederationInboxServlet extends FederationPage {

  private static final long serialVersionUID = 1L;

  static final String PATH = "/admin/federation/inbox";

  @Inject transient InboxStore store;

  /** A journal entry in words. */
  public record EntryItem(
      String received, String actor, String host, String type, int status, String reason) {}

  /** A tab of the list. */
  public record OutcomeTab(String href, String label, boolean current) {}

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!requireAdmin(request, response)) {
      return;
    }
    String info = request.getPathInfo();
    JournalOutcome outcome;
    if (info == null || info.equals("/")) {
      outcome = JournalOutcome.REJECTED;
    } else if (info.equals("/failed")) {
      outcome = JournalOutcome.FAILED;
    } else {
      error(request, response, HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Locale locale = Languages.of(request);
    Page<JournalEntry> entries =
        store.journal(
            new JournalFilter(
                Optional.of(outcome), Optional.empty(), Optional.empty(), Optional.empty()),
            page(request, 20));
    String base = outcome == JournalOutcome.REJECTED ? PATH : PATH + "/failed";
    showTab(
        request,
        response,
        HttpServletResponse.SC_OK,
        "admin-federation-inbox",
        "inbox",
        Map.of(
            "outcomes",
            List.of(
                new OutcomeTab(
                    PATH,
                    WebMessages.text(locale, "fed.inbox.outcome.REJECTED"),
                    outcome == JournalOutcome.REJECTED),
                new OutcomeTab(
                    PATH + "/failed",
                    WebMessages.text(locale, "fed.inbox.outcome.FAILED"),
                    outcome == JournalOutcome.FAILED)),
            "outcome",
            outcome.name(),
            "entries",
            entries.map(e -> entry(e, locale)).items(),
            "total",
            entries.totalItems(),
            "page",
            entries.page(),
            "pages",
            entries.totalPages(),
            "base",
            base),
        null,
        null);
  }

  private EntryItem entry(JournalEntry e, Locale locale) {
    return new EntryItem(
        moment(e.receivedAt().toInstant(), locale),
        e.actor() == null ? null : e.actor().toString(),
        e.actorHost().orElse(null),
        e.activityType(),
        e.status(),
        e.reason());
  }
}
