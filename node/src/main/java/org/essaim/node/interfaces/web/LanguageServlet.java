// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * The language switcher: {@code /language?lang=en&back=/events} remembers the choice for a year and
 * goes back to the page. A plain link (no form, no token): it changes a preference cookie, never
 * data, so a forged request can do no harm.
 */
@WebServlet("/language")
public class LanguageServlet extends WebPage {

  private static final long serialVersionUID = 1L;
  private static final int ONE_YEAR = 365 * 24 * 3600;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<Locale> chosen = Languages.supported(request.getParameter("lang"));
    if (chosen.isEmpty()) {
      error(request, response, HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    Cookie cookie = new Cookie(Languages.COOKIE, chosen.get().getLanguage());
    cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
    cookie.setMaxAge(ONE_YEAR);
    cookie.setHttpOnly(true);
    cookie.setAttribute("SameSite", "Lax");
    response.addCookie(cookie);
    redirect(request, response, localPath(request.getParameter("back"), "/"));
  }
}
