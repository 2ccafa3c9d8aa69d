// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.team;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.essaim.node.application.ErasureReport;
import org.essaim.node.application.GdprService;
import org.essaim.node.application.InvalidInputException;
import org.essaim.node.application.PersonalDataExport;
import org.essaim.node.interfaces.web.CsrfTokens;
import org.essaim.node.interfaces.web.Languages;
import org.essaim.node.interfaces.web.WebMessages;
import org.essaim.node.interfaces.web.WebPage;

/**
 * {@code /team/gdpr} (administrators only): a person's rights over their email address. « Voir »
 * shows everything the node holds about it (dreams, collective memberships, consents); « Effacer »
 * first shows what would go and asks to confirm, then erases it all in one transaction and shows
 * the report. The same service as {@code /api/gdpr}; the address only ever travels in a POST body,
 * never in an address bar or a log line.
 */
@WebServlet("/team/gdpr")
public class TeamGdprServlet extends WebPage {

  private static final long serialVersionUID = 1L;
  private static final int MAX_EMAIL = 254;

  @Inject transient GdprService gdpr;

  /** One line of the export, already in words. */
  public record Held(String kind, String text) {}

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!requireAdmin(request, response)) {
      return;
    }
    show(request, response, HttpServletResponse.SC_OK, Map.of("email", ""));
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String email = request.getParameter("email") == null ? "" : request.getParameter("email");
    String action = request.getParameter("action");
    Map<String, Object> model = new HashMap<>();
    model.put("email", email);
    // The form's one field carries the message about the whole form.
    if (!acceptAdminPost(
        request,
        response,
        (status, formError) -> {
          model.put("emailError", formError);
          show(request, response, status, model);
        })) {
      return;
    }
    Locale locale = Languages.of(request);
    if (email.length() > MAX_EMAIL || action == null || !action.matches("export|confirm|erase")) {
      model.put("emailError", WebMessages.text(locale, "teamGdpr.error.email"));
      show(request, response, HttpServletResponse.SC_BAD_REQUEST, model);
      return;
    }
    try {
      if (action.equals("erase")) {
        ErasureReport report = gdpr.erase(email);
        model.put(
            "report",
            List.of(
                WebMessages.text(locale, "teamGdpr.report.dreams", report.dreams()),
                WebMessages.text(locale, "teamGdpr.report.links", report.challengeLinks()),
                WebMessages.text(locale, "teamGdpr.report.memberships", report.memberships()),
                WebMessages.text(locale, "teamGdpr.report.consents", report.consentRecords())));
        model.put("erasedAt", when(report.erasedAt(), locale));
        model.put(
            "previous", report.previousErasures().stream().map(i -> when(i, locale)).toList());
        // The address is not shown again once erased.
        model.put("email", "");
      } else {
        PersonalDataExport export = gdpr.export(email);
        model.put("held", held(export, locale));
        model.put("normalised", export.email());
        model.put("confirming", action.equals("confirm"));
      }
    } catch (InvalidInputException e) {
      model.put("emailError", WebMessages.text(locale, "teamGdpr.error.email"));
      show(request, response, HttpServletResponse.SC_BAD_REQUEST, model);
      return;
    }
    show(request, response, HttpServletResponse.SC_OK, model);
  }

  private List<Held> held(PersonalDataExport export, Locale locale) {
    List<Held> held = new java.util.ArrayList<>();
    export
        .dreams()
        .forEach(
            d ->
                held.add(
                    new Held(
                        WebMessages.text(locale, "teamGdpr.kind.dream", d.id()),
                        d.text() + " (" + when(d.submittedAt(), locale) + ")")));
    export
        .memberships()
        .forEach(
            m ->
                held.add(
                    new Held(
                        WebMessages.text(locale, "teamGdpr.kind.membership", m.projectId()),
                        m.displayName() + (m.role() == null ? "" : " · " + m.role()))));
    export
        .consents()
        .forEach(
            c ->
                held.add(
                    new Held(
                        WebMessages.text(locale, "teamGdpr.kind.consent"),
                        c.purpose()
                            + " · "
                            + when(c.givenAt(), locale)
                            + (c.withdrawnAt() == null
                                ? ""
                                : " → " + when(c.withdrawnAt(), locale)))));
    return held;
  }

  private String when(Instant at, Locale locale) {
    return at == null ? "" : moment(at, locale);
  }

  private void show(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      Map<String, Object> values)
      throws IOException {
    Map<String, Object> model = new HashMap<>(values);
    model.put("section", "team");
    model.put("csrf", CsrfTokens.token(request));
    render(request, response, status, "team-gdpr", model);
  }
}
