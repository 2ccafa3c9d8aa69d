// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.federation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.essaim.node.domain.model.peer.FollowState;
import org.essaim.node.interfaces.web.CsrfTokens;
import org.essaim.node.interfaces.web.WebMessages;
import org.essaim.node.interfaces.web.WebPage;

/**
 * What the federation administration pages share: the tabs between them, the session's form token,
 * the notice after a change and the message about a whole form.
 */
abstract class FederationPage extends WebPage {

  private static final long serialVersionUID = 1L;

  /** Renders one of the pages, {@code tab} being its place in the tabs. */
  protected void showTab(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String template,
      String tab,
      Map<String, Object> pageModel,
      String notice,
      String formError)
      throws IOException {
    Map<String, Object> model = new HashMap<>(pageModel);
    model.put("section", "team");
    model.put("tab", tab);
    model.put("csrf", CsrfTokens.token(request));
    notices(model, notice, formError);
    render(request, response, status, template, model);
  }

  /** A UUID from a form field, or null. */
  protected static UUID formUuid(HttpServletRequest request, String field) {
    String value = request.getParameter(field);
    if (value == null || value.length() != 36) {
      return null;
    }
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** A follow's state in words: « en attente », « accepté »… */
  protected static String followWords(Locale locale, String direction, FollowState state) {
    return WebMessages.text(locale, "fed." + direction + "." + state.name());
  }
}
