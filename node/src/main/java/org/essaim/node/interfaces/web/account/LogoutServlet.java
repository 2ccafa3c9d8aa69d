// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.account;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.essaim.node.infrastructure.security.SessionLogin;
import org.essaim.node.interfaces.web.CsrfTokens;
import org.essaim.node.interfaces.web.WebPage;

/** {@code POST /logout}: ends the session (a form with the CSRF token, so no site logs one out). */
@WebServlet("/logout")
public class LogoutServlet extends WebPage {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!CsrfTokens.valid(request)) {
      error(request, response, HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    SessionLogin.signOut(request);
    redirect(request, response, "/");
  }
}
