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
import java.util.Optional;
import java.util.OptionalLong;
import org.essaim.node.application.StaleVersionException;
import org.essaim.node.application.VisibilityDefaultService;
import org.essaim.node.domain.model.visibility.ShareableKind;
import org.essaim.node.domain.shared.Visibility;
import org.essaim.node.interfaces.web.Choice;
import org.essaim.node.interfaces.web.CsrfTokens;
import org.essaim.node.interfaces.web.Languages;
import org.essaim.node.interfaces.web.WebMessages;
import org.essaim.node.interfaces.web.WebPage;

/**
 * {@code /team/visibility}: the visibility each kind of new object gets when its author names none.
 * The team reads it; administrators change it (the same rule as {@code /api/visibility-defaults});
 * objects that exist keep theirs.
 */
@WebServlet("/team/visibility")
public class TeamVisibilityServlet extends WebPage {

  private static final long serialVersionUID = 1L;

  @Inject transient VisibilityDefaultService defaults;

  /** One kind's default, with the choices an administrator has. */
  public record KindDefault(
      String kind,
      String label,
      String current,
      String builtIn,
      long version,
      List<Choice> choices) {}

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!requireTeam(request, response)) {
      return;
    }
    String notice = doneNotice(request, "teamVisibility.done.", "saved");
    show(request, response, HttpServletResponse.SC_OK, notice, null);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    // Editors see the defaults; only administrators change them.
    if (!acceptAdminPost(
        request,
        response,
        (status, formError) -> show(request, response, status, null, formError))) {
      return;
    }
    Locale locale = Languages.of(request);
    Optional<ShareableKind> kind = formChoice(request, "kind", ShareableKind.class);
    Optional<Visibility> visibility = formChoice(request, "visibility", Visibility.class);
    long version = formNumber(request, "version");
    if (kind.isEmpty() || visibility.isEmpty() || version < 0) {
      error(request, response, HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    try {
      defaults.choose(
          kind.get(),
          visibility.get(),
          request.getUserPrincipal().getName(),
          OptionalLong.of(version));
    } catch (StaleVersionException e) {
      show(
          request,
          response,
          HttpServletResponse.SC_CONFLICT,
          null,
          WebMessages.text(locale, "teamVisibility.error.stale"));
      return;
    }
    redirect(request, response, "/team/visibility?done=saved");
  }

  private void show(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String notice,
      String formError)
      throws IOException {
    Locale locale = Languages.of(request);
    Map<String, Object> model = new HashMap<>();
    model.put("section", "team");
    model.put("csrf", CsrfTokens.token(request));
    model.put(
        "kinds",
        defaults.list().stream()
            .map(
                d ->
                    new KindDefault(
                        d.kind().name(),
                        WebMessages.text(locale, "teamVisibility.kind." + d.kind().name()),
                        WebMessages.text(locale, "visibility." + d.visibility().name()),
                        WebMessages.text(locale, "visibility." + d.builtInDefault().name()),
                        d.version(),
                        Choice.visibilities(locale, d.visibility().name())))
            .toList());
    notices(model, notice, formError);
    render(request, response, status, "team-visibility", model);
  }
}
